import { createHmac } from 'node:crypto';
import { MASKED_SECRET } from '@vigil/types';
import { FakeReceiver } from '../../../test/support/fake-receiver.js';
import { describeHttpDeliveryContract } from './http-delivery.contract.js';
import { notificationMessage } from './notification-messages.fixture.js';
import { WebhookChannel } from './webhook.channel.js';

const channel = new WebhookChannel();

describe('WebhookChannel', () => {
  describe('send', () => {
    let receiver: FakeReceiver;

    beforeEach(async () => {
      receiver = await FakeReceiver.start();
    });
    afterEach(() => receiver.stop());

    it('posts the message as JSON with the delivery id and the configured headers', async () => {
      const message = notificationMessage();
      const outcome = await channel.send(
        message,
        { url: receiver.url('/alerts'), headers: { Authorization: 'Bearer abc', 'X-Team': 'ops' } },
        { deliveryId: 'delivery-42', timeoutMs: 2000 },
      );
      expect(outcome).toEqual({ responseStatus: 200 });
      const [request] = await receiver.waitFor(1);
      expect(request).toMatchObject({ method: 'POST', path: '/alerts' });
      expect(request?.json()).toEqual(message);
      expect(request?.headers).toMatchObject({
        'content-type': 'application/json',
        'user-agent': 'vigil',
        'x-vigil-delivery': 'delivery-42',
        authorization: 'Bearer abc',
        'x-team': 'ops',
      });
      expect(request?.headers['x-vigil-signature']).toBeUndefined();
    });

    it('signs the exact body bytes with HMAC-SHA256 of the secret', async () => {
      const message = notificationMessage({ title: 'Température élevée ✓' });
      await channel.send(message, { url: receiver.url(), secret: 's3cret' }, { deliveryId: 'd-1', timeoutMs: 2000 });
      const [request] = await receiver.waitFor(1);
      const expected = createHmac('sha256', 's3cret').update(request?.rawBody ?? Buffer.alloc(0)).digest('hex');
      expect(request?.headers['x-vigil-signature']).toBe(`sha256=${expected}`);
      expect(request?.rawBody.equals(Buffer.from(JSON.stringify(message), 'utf8'))).toBe(true);
    });
  });

  describeHttpDeliveryContract('WebhookChannel.send', (url, timeoutMs) =>
    channel.send(notificationMessage(), { url, secret: 'k' }, { deliveryId: 'd-1', timeoutMs }),
  );

  describe('validate', () => {
    it('accepts a full config and returns exactly its fields', () => {
      const config = { url: 'https://hooks.example.com/vigil', secret: 'k', headers: { Authorization: 'Bearer abc' } };
      expect(channel.validate(config)).toEqual({ config, problems: [] });
    });

    it('accepts a URL alone', () => {
      expect(channel.validate({ url: 'http://127.0.0.1:8080/hook' })).toEqual({
        config: { url: 'http://127.0.0.1:8080/hook' },
        problems: [],
      });
    });

    it('names a missing or non-http url', () => {
      expect(channel.validate({}).problems).toEqual([{ field: 'config.url', problem: 'is required' }]);
      expect(channel.validate({ url: 'ftp://example.com/x' }).problems).toEqual([
        { field: 'config.url', problem: 'must use http or https' },
      ]);
      expect(channel.validate({ url: 'not a url' }).problems).toEqual([
        { field: 'config.url', problem: 'must be an absolute http(s) URL' },
      ]);
    });

    it('names wrong types, unknown fields and a config that is not an object', () => {
      const { config, problems } = channel.validate({ url: 'https://a.example.com', secret: 42, headers: ['x'], foo: 1 });
      expect(config).toBeUndefined();
      expect(problems).toEqual(
        expect.arrayContaining([
          { field: 'config.foo', problem: 'unknown field' },
          { field: 'config.secret', problem: 'must be a string' },
          { field: 'config.headers', problem: 'must be an object of strings' },
        ]),
      );
      expect(problems).toHaveLength(3);
      expect(channel.validate('https://a.example.com').problems).toEqual([{ field: 'config', problem: 'must be an object' }]);
    });

    it('refuses headers Vigil sets itself, bad names, line breaks and non-string values', () => {
      const { problems } = channel.validate({
        url: 'https://a.example.com',
        headers: { 'X-Vigil-Signature': 'x', 'bad name': 'x', 'X-Ok': 'a\r\nInjected: 1', 'X-Num': 1 },
      });
      expect(problems).toEqual([
        { field: 'config.headers.X-Vigil-Signature', problem: 'is set by Vigil and cannot be configured' },
        { field: 'config.headers.bad name', problem: 'is not a valid header name' },
        { field: 'config.headers.X-Ok', problem: 'must not contain line breaks or control characters' },
        { field: 'config.headers.X-Num', problem: 'must be a string' },
      ]);
    });

    it('keeps the stored secret and header values sent back masked', () => {
      const existing = { url: 'https://a.example.com', secret: 'stored', headers: { Authorization: 'Bearer stored' } };
      const update = { url: 'https://b.example.com', secret: MASKED_SECRET, headers: { Authorization: MASKED_SECRET, 'X-New': 'n' } };
      expect(channel.validate(update, existing)).toEqual({
        config: { url: 'https://b.example.com', secret: 'stored', headers: { Authorization: 'Bearer stored', 'X-New': 'n' } },
        problems: [],
      });
    });

    it('refuses a masked secret when nothing is stored to keep', () => {
      const { problems } = channel.validate({ url: 'https://a.example.com', secret: MASKED_SECRET, headers: { A: MASKED_SECRET } });
      expect(problems).toEqual([
        { field: 'config.secret', problem: 'is masked but no value is stored' },
        { field: 'config.headers.A', problem: 'is masked but no value is stored' },
      ]);
    });
  });

  describe('mask', () => {
    it('hides the secret and every header value', () => {
      const masked = channel.mask({ url: 'https://a.example.com', secret: 'k', headers: { Authorization: 'Bearer abc', 'X-Team': 'ops' } });
      expect(masked).toEqual({
        url: 'https://a.example.com',
        secret: MASKED_SECRET,
        headers: { Authorization: MASKED_SECRET, 'X-Team': MASKED_SECRET },
      });
    });

    it('leaves unset secrets unset', () => {
      expect(channel.mask({ url: 'https://a.example.com' })).toEqual({ url: 'https://a.example.com' });
    });
  });
});
