import { validateChannelConfig, type ConfigResult } from './channel-config.js';
import { createTransport } from 'nodemailer';
import { MASKED_SECRET, type EmailChannelConfig, type NotificationMessage } from '@vigil/types';
import { DeliveryFailed, type ChannelSender, type SendContext, type SendOutcome } from './channel-sender.js';
import { emailHtml, emailText } from './email-body.js';
import { headline } from './notification-summary.js';

/** The fields nodemailer sets on its errors that decide a retry. */
interface NodemailerFailure {
  code?: string;
  permanent?: boolean;
  response?: string;
  message?: string;
}

/**
 * SMTP replies carry their own verdict: 5xx (but 503) is a permanent refusal, 4xx
 * asks to come back later. Missing credentials or a bad setup cannot fix themselves;
 * everything else (refused, reset, timed out) may pass on the next attempt.
 */
function smtpFailure(error: unknown, timedOut: boolean, timeoutMs: number): DeliveryFailed {
  if (timedOut) return new DeliveryFailed(`no answer within ${timeoutMs} ms`);
  const { code, permanent, response, message } = error as NodemailerFailure;
  const isRetryable = permanent !== true && code !== 'ENOAUTH' && code !== 'ECONFIG';
  const reason = response ?? message ?? String(error);
  return new DeliveryFailed(`SMTP ${code ?? 'error'}: ${reason}`, null, isRetryable);
}

/** SMTP through nodemailer; one connection per send, closed afterwards. */
export class EmailChannel implements ChannelSender<'email'> {
  readonly type = 'email' as const;

  validate(config: unknown, existing?: EmailChannelConfig): ConfigResult<'email'> {
    return validateChannelConfig('email', config, existing);
  }

  mask(config: EmailChannelConfig): Record<string, unknown> {
    return config.password === undefined ? { ...config } : { ...config, password: MASKED_SECRET };
  }

  async send(message: NotificationMessage, config: EmailChannelConfig, context: SendContext): Promise<SendOutcome> {
    const { timeoutMs } = context;
    const transport = createTransport({
      host: config.host,
      port: config.port,
      // The config's rule: TLS from the first byte on 465 unless told otherwise.
      secure: config.secure ?? config.port === 465,
      auth: config.username === undefined ? undefined : { user: config.username, pass: config.password },
      // Each phase alone is bounded by the attempt's bound; the abort below bounds them together.
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
      dnsTimeout: timeoutMs,
    });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      await transport.sendMail({
        from: config.from,
        to: config.to,
        subject: headline(message),
        text: emailText(message),
        html: emailHtml(message),
        // A stable Message-ID lets mail systems drop a retried copy of the same delivery.
        messageId: `<${context.deliveryId}@vigil>`,
        headers: { 'x-vigil-delivery': context.deliveryId },
        signal: controller.signal,
      });
      return { responseStatus: null };
    } catch (error) {
      throw smtpFailure(error, controller.signal.aborted, timeoutMs);
    } finally {
      clearTimeout(timer);
      transport.close();
    }
  }
}
