import type { ChannelConfigByType, ChannelType, FieldProblem, NotificationMessage } from '@vigil/types';

/** What one send attempt produced; a failed attempt throws DeliveryFailed instead. */
export interface SendOutcome {
  /** HTTP status of the receiver, or null for non-HTTP transports (SMTP). */
  responseStatus: number | null;
}

/** A send attempt that did not reach the receiver or was refused by it. */
export class DeliveryFailed extends Error {
  constructor(
    message: string,
    readonly responseStatus: number | null = null,
    /** False for errors that a retry cannot fix (e.g. 400 from the receiver). */
    readonly isRetryable = true,
  ) {
    super(message);
    this.name = 'DeliveryFailed';
  }
}

export interface SendContext {
  /** Idempotency key the receiver may use to drop a repeated attempt (the delivery id). */
  deliveryId: string;
  /** Bound on the whole attempt; the sender must abort at it and clear its timer. */
  timeoutMs: number;
}

/**
 * One notification channel kind: validates its config, hides its secrets, and sends a
 * NotificationMessage. One file per kind (`webhook.channel.ts`, …).
 */
export interface ChannelSender<T extends ChannelType = ChannelType> {
  readonly type: T;
  /**
   * Checks `config` (field paths start with `config.`). `existing` is the stored config
   * on update: a secret sent back as MASKED_SECRET keeps the stored value.
   */
  validate(config: unknown, existing?: ChannelConfigByType[T]): { config?: ChannelConfigByType[T]; problems: FieldProblem[] };
  /** The config with every secret replaced by MASKED_SECRET, for API answers. */
  mask(config: ChannelConfigByType[T]): Record<string, unknown>;
  send(message: NotificationMessage, config: ChannelConfigByType[T], context: SendContext): Promise<SendOutcome>;
}
