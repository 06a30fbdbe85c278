import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AlertRepository } from './lifecycle/alert.repository.js';
import { DeliveryRepository } from './notifications/delivery.repository.js';
import { SilenceRepository } from './silences/silence.repository.js';

const BATCH = 5_000;

/** ALERT_RETENTION_DAYS for closed alerts (and their events), finished deliveries and expired silences. */
@Injectable()
export class AlertRetention {
  constructor(
    private readonly alerts: AlertRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly silences: SilenceRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async prune(): Promise<{ alerts: number; deliveries: number; silences: number }> {
    const before = new Date(this.clock.now().getTime() - this.config.alerts.retentionMs);
    return {
      alerts: await this.alerts.pruneClosed(before, BATCH),
      deliveries: await this.deliveries.pruneFinished(before, BATCH),
      silences: await this.silences.pruneExpired(before),
    };
  }
}
