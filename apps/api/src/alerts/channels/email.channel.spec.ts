import { MASKED_SECRET, type EmailChannelConfig } from '@vigil/types';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';
import { DeliveryFailed } from './channel-sender.js';
import { EmailChannel } from './email.channel.js';
import { notificationMessage, notifiedAlert } from './notification-messages.fixture.js';

const channel = new EmailChannel();
const context = { deliveryId: 'delivery-7', timeoutMs: 2000 };

async function failureOf(attempt: Promise<unknown>): Promise<DeliveryFailed> {
  const error = await attempt.then(
    () => new Error('expected the send to fail'),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DeliveryFailed);
  return error as DeliveryFailed;
}

/** SMTP lines end in CRLF and the HTML part is quoted-printable: undo both for reading. */
function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r\n/g, '')
    .replace(/\r\n/g, '\n').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

describe('EmailChannel', () => {
  describe('send', () => {
    let smtp: FakeSmtp;
    let config: EmailChannelConfig;

    beforeEach(async () => {
      smtp = await FakeSmtp.start();
      config = { host: smtp.host, port: smtp.listeningPort, from: 'vigil@example.com', to: ['ops@example.com', 'dev@example.com'] };
    });
    afterEach(() => smtp.stop());

    it('mails every recipient a subject, a text part and an HTML part listing the alerts', async () => {
      const message = notificationMessage({ alerts: [notifiedAlert({ annotations: { summary: 'CPU <above> 80%' } }), notifiedAlert({ value: 88 })] });
      await expect(channel.send(message, config, context)).resolves.toEqual({ responseStatus: null });
      const [mail] = await smtp.waitFor(1);
      expect(mail?.from).toBe('vigil@example.com');
      expect(mail?.to).toEqual(['ops@example.com', 'dev@example.com']);
      const raw = mail?.raw ?? '';
      expect(raw).toMatch(/^Subject: \[FIRING:2\] HighCpu$/m);
      expect(raw).toMatch(/^Message-ID: <delivery-7@vigil>$/im);
      expect(raw).toMatch(/^X-Vigil-Delivery: delivery-7$/im);
      const decoded = decodeQuotedPrintable(raw);
      expect(decoded).toContain('HighCpu (firing, warning)\n  value: 93.5\n');
      expect(decoded).toContain('  summary: CPU <above> 80%\n');
      expect(decoded).toContain('  labels: alertname="HighCpu", instance="web-1:9100", job="node"\n');
      expect(decoded).toContain('  value: 88\n');
      expect(decoded).toContain('<h2>[FIRING:2] HighCpu</h2>');
      expect(decoded).toContain('<td>CPU &lt;above&gt; 80%</td>');
      expect(decoded).toContain('<a href="https://runbooks.example.com/high-cpu">');
    });

    it('logs in when a username is configured', async () => {
      const authSmtp = await FakeSmtp.start({ users: { alerts: 'pw' } });
      try {
        const withAuth = { ...config, port: authSmtp.listeningPort, username: 'alerts', password: 'pw' };
        await channel.send(notificationMessage(), withAuth, context);
        const [mail] = await authSmtp.waitFor(1);
        expect(mail?.user).toBe('alerts');
        const failure = await failureOf(channel.send(notificationMessage(), { ...withAuth, password: 'wrong' }, context));
        expect(failure).toMatchObject({ responseStatus: null, isRetryable: false });
      } finally {
        await authSmtp.stop();
      }
    });

    it('reports a permanent SMTP refusal as not retryable and a transient one as retryable', async () => {
      smtp.rejectWith(550, 'mailbox unavailable');
      const permanent = await failureOf(channel.send(notificationMessage(), config, context));
      expect(permanent).toMatchObject({ responseStatus: null, isRetryable: false });
      expect(permanent.message).toContain('mailbox unavailable');
      smtp.rejectWith(451, 'try again later');
      expect(await failureOf(channel.send(notificationMessage(), config, context))).toMatchObject({ isRetryable: true });
    });

    it('gives up on a server that never greets within the timeout, retryably', async () => {
      smtp.hang();
      const startedAt = Date.now();
      const failure = await failureOf(channel.send(notificationMessage(), config, { deliveryId: 'd', timeoutMs: 200 }));
      expect(failure.isRetryable).toBe(true);
      expect(Date.now() - startedAt).toBeLessThan(5_000);
    });

    it('reports a server that is down as retryable', async () => {
      await smtp.stop();
      const failure = await failureOf(channel.send(notificationMessage(), config, context));
      expect(failure).toMatchObject({ responseStatus: null, isRetryable: true });
      smtp = await FakeSmtp.start(); // afterEach stops it
    });
  });

  describe('validate', () => {
    const good = { host: 'smtp.example.com', port: 587, secure: false, username: 'u', password: 'p', from: 'vigil@example.com', to: ['ops@example.com'] };

    it('accepts a full config and a minimal one', () => {
      expect(channel.validate(good)).toEqual({ config: good, problems: [] });
      const minimal = { host: 'localhost', port: 25, from: 'vigil@example.com', to: ['ops@example.com'] };
      expect(channel.validate(minimal)).toEqual({ config: minimal, problems: [] });
    });

    it('names each missing field', () => {
      expect(channel.validate({}).problems).toEqual([
        { field: 'config.host', problem: 'is required' },
        { field: 'config.port', problem: 'is required' },
        { field: 'config.from', problem: 'is required' },
        { field: 'config.to', problem: 'is required' },
      ]);
    });

    it('names each wrong field, recipients by index', () => {
      const { problems } = channel.validate({ ...good, port: 70000, secure: 'yes', from: 'vigil', to: ['ops@example.com', 'not-an-address'], tls: true });
      expect(problems).toEqual([
        { field: 'config.tls', problem: 'unknown field' },
        { field: 'config.port', problem: 'must be an integer from 1 to 65535' },
        { field: 'config.secure', problem: 'must be true or false' },
        { field: 'config.from', problem: 'must be an email address' },
        { field: 'config.to[1]', problem: 'must be an email address' },
      ]);
      expect(channel.validate({ ...good, username: undefined }).problems).toEqual([{ field: 'config.password', problem: 'needs config.username' }]);
    });

    it('keeps the stored password sent back masked, and refuses a mask with nothing stored', () => {
      expect(channel.validate({ ...good, password: MASKED_SECRET }, { ...good, password: 'stored' })).toEqual({
        config: { ...good, password: 'stored' },
        problems: [],
      });
      expect(channel.validate({ ...good, password: MASKED_SECRET }).problems).toEqual([
        { field: 'config.password', problem: 'is masked but no value is stored' },
      ]);
    });
  });

  describe('mask', () => {
    it('hides the password and shows the rest', () => {
      const config = { host: 'h', port: 25, username: 'u', password: 'p', from: 'a@example.com', to: ['b@example.com'] };
      expect(channel.mask(config)).toEqual({ ...config, password: MASKED_SECRET });
      expect(channel.mask({ ...config, password: undefined })).not.toHaveProperty('password', MASKED_SECRET);
    });
  });
});
