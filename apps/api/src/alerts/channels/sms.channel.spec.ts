import { MASKED_SECRET } from '@vigil/types';
import { FakeReceiver } from '../../../test/support/fake-receiver.js';
import { describeHttpDeliveryContract } from './http-delivery.contract.js';
import { notificationMessage, notifiedAlert } from './notification-messages.fixture.js';
import { SmsChannel } from './sms.channel.js';

const channel = new SmsChannel();
const context = { deliveryId: 'd-1', timeoutMs: 2000 };

describe('SmsChannel', () => {
  describe('send', () => {
    let receiver: FakeReceiver;

    beforeEach(async () => {
      receiver = await FakeReceiver.start();
    });
    afterEach(() => receiver.stop());

    it('posts from, to and a one-line text with the bearer token', async () => {
      const config = { url: receiver.url('/sms'), token: 'tok', from: 'Vigil', to: ['+4915112345678', '+4915187654321'] };
      await channel.send(notificationMessage(), config, context);
      const [request] = await receiver.waitFor(1);
      expect(request?.headers).toMatchObject({ authorization: 'Bearer tok', 'content-type': 'application/json', 'x-vigil-delivery': 'd-1' });
      expect(request?.json()).toEqual({
        from: 'Vigil',
        to: ['+4915112345678', '+4915187654321'],
        text: '[FIRING] HighCpu warning: CPU above 80% (+1 more)',
      });
    });

    it('sends no authorization and no from when they are not configured', async () => {
      await channel.send(notificationMessage({ alerts: [notifiedAlert()] }), { url: receiver.url(), to: ['+491511'] }, context);
      const [request] = await receiver.waitFor(1);
      expect(request?.headers.authorization).toBeUndefined();
      expect(request?.json()).toEqual({ to: ['+491511'], text: '[FIRING] HighCpu warning: CPU above 80%' });
    });

    it('cuts a long text to 160 characters with an ellipsis, keeping the count of the others', async () => {
      const long = notifiedAlert({ annotations: { summary: 'disk '.repeat(80) } });
      await channel.send(notificationMessage({ alerts: [long, notifiedAlert(), notifiedAlert()] }), { url: receiver.url(), to: ['+491511'] }, context);
      const [request] = await receiver.waitFor(1);
      const { text } = request?.json() as { text: string };
      expect(text).toHaveLength(160);
      expect(text.startsWith('[FIRING] HighCpu warning: disk disk')).toBe(true);
      expect(text.endsWith('... (+2 more)')).toBe(true);
    });

    it('says resolved for a resolved message', async () => {
      const message = notificationMessage({ status: 'resolved', alerts: [notifiedAlert({ status: 'resolved' })] });
      await channel.send(message, { url: receiver.url(), to: ['+491511'] }, context);
      const [request] = await receiver.waitFor(1);
      expect((request?.json() as { text: string }).text).toBe('[RESOLVED] HighCpu warning: CPU above 80%');
    });
  });

  describeHttpDeliveryContract('SmsChannel.send', (url, timeoutMs) =>
    channel.send(notificationMessage(), { url, to: ['+491511'] }, { deliveryId: 'd-1', timeoutMs }),
  );

  describe('validate', () => {
    it('accepts a full config and a minimal one', () => {
      const full = { url: 'https://sms.example.com/send', token: 't', from: 'Vigil', to: ['+4915112345678'] };
      expect(channel.validate(full)).toEqual({ config: full, problems: [] });
      const minimal = { url: 'https://sms.example.com/send', to: ['4915112345678'] };
      expect(channel.validate(minimal)).toEqual({ config: minimal, problems: [] });
    });

    it('names the missing url, an empty recipient list and each bad number by index', () => {
      expect(channel.validate({ to: [] }).problems).toEqual([
        { field: 'config.url', problem: 'is required' },
        { field: 'config.to', problem: 'must name at least one recipient' },
      ]);
      expect(channel.validate({ url: 'https://sms.example.com', to: ['+4915112345678', 'call me', 7], cc: [] }).problems).toEqual([
        { field: 'config.cc', problem: 'unknown field' },
        { field: 'config.to[1]', problem: 'must be a phone number of 3 to 15 digits, optionally starting with +' },
        { field: 'config.to[2]', problem: 'must be a phone number of 3 to 15 digits, optionally starting with +' },
      ]);
    });

    it('keeps the stored token sent back masked, and refuses a mask with nothing stored', () => {
      const existing = { url: 'https://sms.example.com', token: 'stored', to: ['+491511'] };
      expect(channel.validate({ ...existing, token: MASKED_SECRET }, existing)).toEqual({ config: existing, problems: [] });
      expect(channel.validate({ url: 'https://sms.example.com', token: MASKED_SECRET, to: ['+491511'] }).problems).toEqual([
        { field: 'config.token', problem: 'is masked but no value is stored' },
      ]);
    });
  });

  describe('mask', () => {
    it('hides the token and shows the rest', () => {
      expect(channel.mask({ url: 'https://sms.example.com', token: 't', to: ['+491511'] })).toEqual({
        url: 'https://sms.example.com',
        token: MASKED_SECRET,
        to: ['+491511'],
      });
    });
  });
});
