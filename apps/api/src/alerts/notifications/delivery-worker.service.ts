import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AlertsMetrics } from '../alerts.metrics.js';
import { ChannelSenders } from '../channels/channel-senders.js';
import { retryDelayMs } from './backoff.js';
import { ChannelRepository, type ChannelRow } from './channel.repository.js';
import { DeliveryRepository, type DeliveryRow } from './delivery.repository.js';

/** Sends at once per instance: enough to drain a burst, few enough to spare the event loop. */
const CONCURRENCY = 4;

export interface DeliveryRunSummary {
  sent: number;
  retried: number;
  dead: number;
}

/**
 * Drains the outbox: claims due rows, sends each with a timeout, and records the
 * outcome. A failed attempt is retried with exponential backoff and jitter until
 * ALERT_DELIVERY_MAX_ATTEMPTS, then the row is dead with its last error. A row is
 * marked sent right after its receiver accepted it; only a crash between those two
 * steps can repeat a send, and the `x-vigil-delivery` id lets receivers drop it.
 */
@Injectable()
export class DeliveryWorker {
  private readonly logger = new Logger(DeliveryWorker.name);

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly channels: ChannelRepository,
    private readonly senders: ChannelSenders,
    private readonly metrics: AlertsMetrics,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deliverDue(): Promise<DeliveryRunSummary> {
    const settings = this.config.alerts.delivery;
    const leaseMs = settings.timeoutMs * 2 + 5_000;
    const due = await this.deliveries.claimDue(this.clock.now(), leaseMs, settings.batch);
    const summary: DeliveryRunSummary = { sent: 0, retried: 0, dead: 0 };
    if (due.length === 0) return summary;
    const channels = new Map((await this.channels.findAll()).map((c) => [c.id, c]));
    const queue = [...due];
    const work = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) summary[await this.deliver(row, channels.get(row.channelId))]++;
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, due.length) }, work));
    return summary;
  }

  private async deliver(row: DeliveryRow, channel: ChannelRow | undefined): Promise<keyof DeliveryRunSummary> {
    const attempts = row.attempts + 1;
    if (!channel || !channel.enabled) {
      await this.deliveries.markDead(row.id, row.attempts, channel ? 'channel disabled' : 'channel deleted');
      return 'dead';
    }
    const settings = this.config.alerts.delivery;
    const stop = this.metrics.deliveryDuration.startTimer({ channel_type: channel.type });
    const attempt = await this.senders.attempt(channel, row.message, { deliveryId: row.id, timeoutMs: settings.timeoutMs });
    stop();
    if (attempt.isDelivered) {
      await this.deliveries.markSent(row.id, attempts, this.clock.now());
      this.metrics.deliveries.inc({ channel_type: channel.type, outcome: 'sent' });
      return 'sent';
    }
    const { failure } = attempt;
    if (!failure.isRetryable || attempts >= settings.maxAttempts) {
      await this.deliveries.markDead(row.id, attempts, failure.message);
      this.metrics.deliveries.inc({ channel_type: channel.type, outcome: 'dead' });
      this.logger.warn(`Delivery ${row.id} to channel "${channel.name}" dead after ${attempts} attempts: ${failure.message}`);
      return 'dead';
    }
    const delay = retryDelayMs(attempts, settings.backoffBaseMs, settings.backoffMaxMs);
    await this.deliveries.markRetry(row.id, attempts, new Date(this.clock.now().getTime() + delay), failure.message);
    this.metrics.deliveries.inc({ channel_type: channel.type, outcome: 'retry' });
    return 'retried';
  }
}
