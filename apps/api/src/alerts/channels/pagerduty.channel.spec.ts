import { MASKED_SECRET } from '@vigil/types';
import { FakeReceiver } from '../../../test/support/fake-receiver.js';
import { DeliveryFailed } from './channel-sender.js';
import { describeHttpDeliveryContract } from './http-delivery.contract.js';
import { notificationMessage, notifiedAlert } from './notification-messages.fixture.js';
import { PagerDutyChannel } from './pagerduty.channel.js';

const channel = new PagerDutyChannel();
const context = { deliveryId: 'd-1', timeoutMs: 2000 };

describe('PagerDutyChannel', () => {
  describe('send', () => {
    let receiver: FakeReceiver;

    beforeEach(async () => {
      receiver = await FakeReceiver.start();
      receiver.respondWith(202, '{"status":"success","message":"Event processed"}');
    });
    afterEach(() => receiver.stop());

    it('triggers one event per firing alert, keyed by its fingerprint, with the full payload', async () => {
      const outcome = await channel.send(notificationMessage(), { routingKey: 'rk-1', url: receiver.url('/v2/enqueue') }, context);
      expect(outcome).toEqual({ responseStatus: 202 });
      const requests = await receiver.waitFor(2);
      expect(requests.map((request) => request.path)).toEqual(['/v2/enqueue', '/v2/enqueue']);
      expect(requests[0]?.headers['content-type']).toBe('application/json');
      expect(requests[0]?.json()).toEqual({
        routing_key: 'rk-1',
        event_action: 'trigger',
        dedup_key: 'fp-0001',
        payload: {
          summary: 'HighCpu: CPU above 80%',
          source: 'web-1:9100',
          severity: 'warning',
          timestamp: '2026-12-01T08:00:00.000Z',
          custom_details: {
            status: 'firing',
            value: 93.5,
            labels: { alertname: 'HighCpu', instance: 'web-1:9100', job: 'node' },
            annotations: { summary: 'CPU above 80%', runbookUrl: 'https://runbooks.example.com/high-cpu' },
          },
        },
        links: [
          { href: 'https://runbooks.example.com/high-cpu', text: 'Runbook' },
          { href: 'https://vigil.example.com/alerts/alert-1', text: 'Source' },
        ],
      });
      expect(requests[1]?.json()).toMatchObject({ event_action: 'trigger', dedup_key: 'fp-0002', payload: { source: 'web-2:9100' } });
    });

    it('resolves resolved alerts and acknowledges acknowledged ones, without a payload', async () => {
      const message = notificationMessage({
        kind: 'acknowledged',
        status: 'firing',
        alerts: [notifiedAlert({ status: 'acknowledged', fingerprint: 'fp-a' }), notifiedAlert({ status: 'resolved', fingerprint: 'fp-r' })],
      });
      await channel.send(message, { routingKey: 'rk-1', url: receiver.url() }, context);
      const bodies = (await receiver.waitFor(2)).map((request) => request.json());
      expect(bodies).toEqual([
        { routing_key: 'rk-1', event_action: 'acknowledge', dedup_key: 'fp-a' },
        { routing_key: 'rk-1', event_action: 'resolve', dedup_key: 'fp-r' },
      ]);
    });

    it('triggers again on an escalation and maps each severity', async () => {
      const message = notificationMessage({
        kind: 'escalation',
        escalationLevel: 2,
        alerts: [
          notifiedAlert({ severity: 'critical', fingerprint: 'fp-c' }),
          notifiedAlert({ severity: 'info', fingerprint: 'fp-i', annotations: {}, generatorUrl: null }),
        ],
      });
      await channel.send(message, { routingKey: 'rk-1', url: receiver.url() }, context);
      const [critical, info] = (await receiver.waitFor(2)).map((request) => request.json());
      expect(critical).toMatchObject({ event_action: 'trigger', payload: { severity: 'critical', custom_details: { escalationLevel: 2 } } });
      expect(info).toEqual(
        expect.objectContaining({ event_action: 'trigger', dedup_key: 'fp-i', payload: expect.objectContaining({ severity: 'info', summary: 'HighCpu' }) }),
      );
      expect(info).not.toHaveProperty('links');
    });

    it('refuses a message without alerts, as a failure a retry cannot fix', async () => {
      const attempt = channel.send(notificationMessage({ alerts: [] }), { routingKey: 'rk-1', url: receiver.url() }, context);
      await expect(attempt).rejects.toEqual(new DeliveryFailed('PagerDuty needs at least one alert to send an event', null, false));
      await expect(attempt).rejects.toMatchObject({ isRetryable: false });
      expect(receiver.received).toHaveLength(0);
    });
  });

  describeHttpDeliveryContract('PagerDutyChannel.send', (url, timeoutMs) =>
    channel.send(notificationMessage({ alerts: [notifiedAlert()] }), { routingKey: 'rk', url }, { deliveryId: 'd-1', timeoutMs }),
  );

  describe('validate', () => {
    it('accepts a routing key alone or with a URL', () => {
      expect(channel.validate({ routingKey: 'rk' })).toEqual({ config: { routingKey: 'rk' }, problems: [] });
      expect(channel.validate({ routingKey: 'rk', url: 'https://pd.example.com/v2/enqueue' })).toEqual({
        config: { routingKey: 'rk', url: 'https://pd.example.com/v2/enqueue' },
        problems: [],
      });
    });

    it('names a missing routing key, a bad URL and unknown fields', () => {
      expect(channel.validate({ url: 'mailto:x@example.com', serviceKey: 'x' }).problems).toEqual([
        { field: 'config.serviceKey', problem: 'unknown field' },
        { field: 'config.routingKey', problem: 'is required' },
        { field: 'config.url', problem: 'must use http or https' },
      ]);
    });

    it('keeps the stored routing key sent back masked', () => {
      expect(channel.validate({ routingKey: MASKED_SECRET }, { routingKey: 'stored' })).toEqual({
        config: { routingKey: 'stored' },
        problems: [],
      });
      expect(channel.validate({ routingKey: MASKED_SECRET }).problems).toEqual([
        { field: 'config.routingKey', problem: 'is masked but no value is stored' },
      ]);
    });
  });

  describe('mask', () => {
    it('hides the routing key', () => {
      expect(channel.mask({ routingKey: 'rk', url: 'https://pd.example.com' })).toEqual({ routingKey: MASKED_SECRET, url: 'https://pd.example.com' });
    });
  });
});
