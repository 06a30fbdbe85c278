import { MASKED_SECRET } from '@vigil/types';
import { FakeReceiver } from '../../../test/support/fake-receiver.js';
import { describeHttpDeliveryContract } from './http-delivery.contract.js';
import { notificationMessage, notifiedAlert } from './notification-messages.fixture.js';
import { SlackChannel } from './slack.channel.js';

const channel = new SlackChannel();
const context = { deliveryId: 'd-1', timeoutMs: 2000 };

interface SlackBody {
  text: string;
  channel?: string;
  username?: string;
  attachments: { color: string; text: string; fallback: string; mrkdwn_in: string[] }[];
}

describe('SlackChannel', () => {
  describe('send', () => {
    let receiver: FakeReceiver;

    beforeEach(async () => {
      receiver = await FakeReceiver.start();
    });
    afterEach(() => receiver.stop());

    async function sent(message = notificationMessage(), extra: { channel?: string; username?: string } = {}): Promise<SlackBody> {
      await channel.send(message, { webhookUrl: receiver.url('/services/T0/B0/xyz'), ...extra }, context);
      const [request] = await receiver.waitFor(1);
      expect(request?.headers['content-type']).toBe('application/json');
      expect(request?.path).toBe('/services/T0/B0/xyz');
      return request?.json() as SlackBody;
    }

    it('sends a one-line summary and one attachment line per alert', async () => {
      const body = await sent(undefined, { channel: '#ops', username: 'Vigil' });
      expect(body.text).toBe('[FIRING:2] HighCpu (warning)');
      expect(body.channel).toBe('#ops');
      expect(body.username).toBe('Vigil');
      expect(body.attachments).toHaveLength(1);
      expect(body.attachments[0]?.color).toBe('#daa038');
      expect(body.attachments[0]?.text.split('\n')).toEqual([
        '• *HighCpu* (firing) value 93.5 — CPU above 80% <https://runbooks.example.com/high-cpu|Runbook> <https://vigil.example.com/alerts/alert-1|Source>',
        '• *HighCpu* (firing) value 88 — CPU above 80% <https://runbooks.example.com/high-cpu|Runbook> <https://vigil.example.com/alerts/alert-1|Source>',
      ]);
    });

    it('leaves channel and username out when not configured', async () => {
      const body = await sent();
      expect(Object.keys(body).sort()).toEqual(['attachments', 'text']);
    });

    it('colours by the highest firing severity, green once resolved', async () => {
      const critical = notificationMessage({ alerts: [notifiedAlert(), notifiedAlert({ severity: 'critical', fingerprint: 'fp-2' })] });
      const firing = await sent(critical);
      expect(firing.text).toBe('[FIRING:2] HighCpu (critical)');
      expect(firing.attachments[0]?.color).toBe('#d00000');
      receiver.received.length = 0;
      const resolved = notificationMessage({ status: 'resolved', alerts: [notifiedAlert({ status: 'resolved', endsAt: '2026-12-01T08:10:00.000Z' })] });
      const body = await sent(resolved);
      expect(body.text).toBe('[RESOLVED:1] HighCpu (warning)');
      expect(body.attachments[0]?.color).toBe('#2eb886');
    });

    it('escapes Slack markup in alert text', async () => {
      const message = notificationMessage({
        alerts: [notifiedAlert({ name: 'A<b>&c', annotations: { summary: '<!channel> p99 > 2s' }, generatorUrl: null })],
      });
      const body = await sent(message);
      expect(body.text).toBe('[FIRING:1] A&lt;b&gt;&amp;c (warning)');
      expect(body.attachments[0]?.text).toBe('• *A&lt;b&gt;&amp;c* (firing) value 93.5 — &lt;!channel&gt; p99 &gt; 2s');
    });
  });

  describeHttpDeliveryContract('SlackChannel.send', (webhookUrl, timeoutMs) =>
    channel.send(notificationMessage(), { webhookUrl }, { deliveryId: 'd-1', timeoutMs }),
  );

  describe('validate', () => {
    it('accepts a full config', () => {
      const config = { webhookUrl: 'https://hooks.slack.example.com/services/T/B/x', channel: '#ops', username: 'Vigil' };
      expect(channel.validate(config)).toEqual({ config, problems: [] });
    });

    it('names a missing or invalid webhookUrl, wrong types and unknown fields', () => {
      expect(channel.validate({}).problems).toEqual([{ field: 'config.webhookUrl', problem: 'is required' }]);
      expect(channel.validate({ webhookUrl: 'hooks/x', channel: 5, icon: ':x:' }).problems).toEqual([
        { field: 'config.icon', problem: 'unknown field' },
        { field: 'config.webhookUrl', problem: 'must be an absolute http(s) URL' },
        { field: 'config.channel', problem: 'must be a string' },
      ]);
    });

    it('keeps the stored webhookUrl sent back masked, and refuses a mask with nothing stored', () => {
      const existing = { webhookUrl: 'https://hooks.slack.example.com/services/T/B/stored' };
      expect(channel.validate({ webhookUrl: MASKED_SECRET, username: 'V' }, existing)).toEqual({
        config: { webhookUrl: existing.webhookUrl, username: 'V' },
        problems: [],
      });
      expect(channel.validate({ webhookUrl: MASKED_SECRET }).problems).toEqual([
        { field: 'config.webhookUrl', problem: 'is masked but no value is stored' },
      ]);
    });
  });

  describe('mask', () => {
    it('hides the webhook URL and shows the rest', () => {
      expect(channel.mask({ webhookUrl: 'https://hooks.slack.example.com/services/T/B/x', channel: '#ops' })).toEqual({
        webhookUrl: MASKED_SECRET,
        channel: '#ops',
      });
    });
  });
});
