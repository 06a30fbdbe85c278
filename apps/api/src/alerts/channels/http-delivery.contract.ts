import { FakeReceiver } from '../../../test/support/fake-receiver.js';
import { DeliveryFailed, type SendOutcome } from './channel-sender.js';

/** Sends one notification of the channel under test to `url` with the given bound. */
export type SendTo = (url: string, timeoutMs: number) => Promise<SendOutcome>;

async function failureOf(attempt: Promise<unknown>): Promise<DeliveryFailed> {
  const error = await attempt.then(
    () => new Error('expected the send to fail'),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DeliveryFailed);
  return error as DeliveryFailed;
}

/**
 * How every HTTP channel reports a receiver's answer. Each HTTP channel's spec calls
 * this, so that retries behave the same whatever the channel.
 */
export function describeHttpDeliveryContract(name: string, send: SendTo): void {
  describe(`${name} (HTTP delivery contract)`, () => {
    let receiver: FakeReceiver;

    beforeEach(async () => {
      receiver = await FakeReceiver.start();
    });
    afterEach(() => receiver.stop());

    it('reports a 5xx as a retryable failure with the status and the start of the body', async () => {
      receiver.respondWith(503, 'maintenance until 09:00');
      const failure = await failureOf(send(receiver.url(), 2000));
      expect(failure).toMatchObject({ responseStatus: 503, isRetryable: true });
      expect(failure.message).toContain('maintenance until 09:00');
    });

    it('reports 408 and 429 as retryable', async () => {
      receiver.respondWith(429);
      expect(await failureOf(send(receiver.url(), 2000))).toMatchObject({ responseStatus: 429, isRetryable: true });
      receiver.respondWith(408);
      expect(await failureOf(send(receiver.url(), 2000))).toMatchObject({ responseStatus: 408, isRetryable: true });
    });

    it('reports another 4xx as a failure a retry cannot fix', async () => {
      receiver.respondWith(400, 'invalid payload');
      expect(await failureOf(send(receiver.url(), 2000))).toMatchObject({ responseStatus: 400, isRetryable: false });
    });

    it('keeps at most 2 KiB of an error body', async () => {
      receiver.respondWith(500, 'x'.repeat(100_000));
      const failure = await failureOf(send(receiver.url(), 2000));
      expect(failure.message.length).toBeLessThan(2048 + 100);
    });

    it('does not follow a redirect and does not retry it', async () => {
      receiver.respondWith(307);
      expect(await failureOf(send(receiver.url(), 2000))).toMatchObject({ responseStatus: 307, isRetryable: false });
      expect(receiver.received).toHaveLength(1);
    });

    it('gives up on a receiver that never answers within the timeout, retryably', async () => {
      receiver.hang();
      const startedAt = Date.now();
      const failure = await failureOf(send(receiver.url(), 200));
      const elapsedMs = Date.now() - startedAt;
      expect(failure).toMatchObject({ responseStatus: null, isRetryable: true });
      expect(failure.message).toContain('200 ms');
      expect(elapsedMs).toBeGreaterThanOrEqual(190);
      // Far below the receiver's silence (forever), with room for a busy machine.
      expect(elapsedMs).toBeLessThan(5_000);
    });

    it('reports a receiver that is down as retryable, and delivers once it is up again', async () => {
      await receiver.down();
      const failure = await failureOf(send(receiver.url(), 2000));
      expect(failure).toMatchObject({ responseStatus: null, isRetryable: true });
      expect(failure.message).toContain('ECONNREFUSED');
      await receiver.up();
      await expect(send(receiver.url(), 2000)).resolves.toEqual({ responseStatus: 200 });
    });
  });
}
