import { Inject, Injectable } from '@nestjs/common';
import { ALERT_SEVERITIES, type AlertSeverity, type PrometheusAlert } from '@vigil/types';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { ValidationFailed } from '../../common/errors/app-error.js';
import { withAdvisoryLock } from '../../common/database/advisory-lock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { fingerprint } from '../evaluation/fingerprint.js';
import type { AlertEventRow, AlertRow, NewAlert } from '../lifecycle/alert-row.js';
import { AlertRepository } from '../lifecycle/alert.repository.js';
import { NotificationPlanner } from '../notifications/notification-planner.service.js';
import { postedTime } from './posted-time.js';

const severityOf = (labels: Record<string, string>): AlertSeverity =>
  (ALERT_SEVERITIES as readonly string[]).includes(labels.severity ?? '') ? (labels.severity as AlertSeverity) : 'warning';

/**
 * Takes alerts as Prometheus posts them to an Alertmanager and runs them through the
 * same fingerprint, silence, grouping and notification path as rule alerts. An alert
 * without `endsAt` stays firing for ALERT_RESOLVE_TIMEOUT_MS after it was last posted
 * (Alertmanager's resolve_timeout); one whose `endsAt` has passed resolves.
 */
@Injectable()
export class PrometheusIngestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertRepository,
    private readonly notifications: NotificationPlanner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ingest(posted: PrometheusAlert[]): Promise<void> {
    const max = this.config.alerts.maxPostedAlerts;
    if (posted.length > max) throw new ValidationFailed([{ field: 'body', problem: `holds ${posted.length} alerts, above the limit of ${max}` }]);
    const now = this.clock.now();
    await withAdvisoryLock(this.dataSource, 'alerts.write', async (manager) => {
      const keyed = posted.map((alert) => ({ alert, key: fingerprint(alert.labels) }));
      const open = new Map((await this.alerts.findOpenByFingerprints(keyed.map((k) => k.key), manager)).map((a) => [a.fingerprint, a]));
      const inserts: NewAlert[] = [];
      const updates = new Map<string, AlertRow>();
      const events: AlertEventRow[] = [];
      for (const { alert, key } of keyed) {
        const endsAt = postedTime(alert.endsAt);
        const isEnded = endsAt !== undefined && endsAt <= now;
        const current = updates.get(key) ?? open.get(key);
        if (current) {
          if (isEnded) {
            updates.set(key, { ...current, status: 'resolved', resolvedAt: now, lastEvaluatedAt: now });
            events.push({ alertId: current.id, type: 'resolved', at: now, value: null, note: 'ended by the sender', actor: 'prometheus' });
          } else {
            updates.set(key, { ...current, annotations: alert.annotations ?? current.annotations, expiresAt: this.expiry(endsAt, now), lastEvaluatedAt: now });
          }
        } else if (!isEnded && !inserts.some((i) => i.fingerprint === key)) {
          inserts.push(this.newAlert(alert, key, endsAt, now));
        }
      }
      await this.alerts.updateMany([...updates.values()], manager);
      // Posted alerts arrive firing: their sender already waited out its own `for`.
      for (const row of await this.alerts.insertMany(inserts, manager)) {
        events.push({ alertId: row.id, type: 'firing', at: now, value: null, note: null, actor: 'prometheus' });
      }
      await this.alerts.insertEvents(events, manager);
      await this.notifications.plan(manager, now);
    });
  }

  private expiry(endsAt: Date | undefined, now: Date): Date {
    return endsAt ?? new Date(now.getTime() + this.config.alerts.resolveTimeoutMs);
  }

  private newAlert(alert: PrometheusAlert, key: string, endsAt: Date | undefined, now: Date): NewAlert {
    const startsAt = postedTime(alert.startsAt);
    return {
      fingerprint: key,
      ruleId: null,
      source: 'prometheus',
      name: alert.labels.alertname!,
      status: 'firing',
      severity: severityOf(alert.labels),
      labels: alert.labels,
      annotations: alert.annotations ?? {},
      value: null,
      triggerValues: [],
      generatorUrl: alert.generatorURL ?? null,
      activeAt: startsAt && startsAt < now ? startsAt : now,
      firedAt: now,
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      recoveringSince: null,
      lastEvaluatedAt: now,
      expiresAt: this.expiry(endsAt, now),
      notifyAfter: null,
      lastNotifiedAt: null,
      escalationLevel: 0,
    };
  }
}
