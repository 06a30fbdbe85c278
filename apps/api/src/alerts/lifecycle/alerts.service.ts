import { Injectable } from '@nestjs/common';
import type { AlertActionInput, AlertDetail, AlertListQuery, AlertStatus, AlertSummary, Page } from '@vigil/types';
import type { z } from 'zod';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { AppError, NotFound } from '../../common/errors/app-error.js';
import { withAdvisoryLock } from '../../common/database/advisory-lock.js';
import { NotificationPlanner } from '../notifications/notification-planner.service.js';
import { SilencesService } from '../silences/silences.service.js';
import type { AlertRow } from './alert-row.js';
import { toDetail, toSummary } from './alert.mapper.js';
import { AlertRepository, type AlertFilter } from './alert.repository.js';

type ListQuery = z.output<typeof AlertListQuery>;
type Action = z.output<typeof AlertActionInput>;

function filterOf(query: ListQuery): AlertFilter {
  return {
    statuses: query.status,
    severity: query.severity,
    ruleId: query.ruleId,
    from: query.from === undefined ? undefined : new Date(query.from),
    to: query.to === undefined ? undefined : new Date(query.to),
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  };
}

/** Reading alerts and the two things people do to them: acknowledge and resolve. */
@Injectable()
export class AlertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertRepository,
    private readonly silences: SilencesService,
    private readonly notifications: NotificationPlanner,
    private readonly clock: Clock,
  ) {}

  async list(query: ListQuery): Promise<Page<AlertSummary>> {
    const filter = filterOf(query);
    const { rows, total } = await this.alerts.findPage(filter);
    const silences = await this.silences.active();
    return { items: rows.map((r) => toSummary(r, silences)), total, page: filter.offset / filter.limit + 1, pageSize: filter.limit };
  }

  async get(id: string): Promise<AlertDetail> {
    const row = await this.alerts.findById(id);
    if (!row) throw new NotFound('alert', id);
    return toDetail(row, await this.alerts.findEvents(id), await this.silences.active());
  }

  /** Firing → acknowledged: escalation stops; PagerDuty channels are told. */
  async acknowledge(id: string, { note, actor }: Action): Promise<AlertDetail> {
    await this.change(id, ['firing'], async (alert, manager, now) => {
      const next = { ...alert, status: 'acknowledged' as const, acknowledgedAt: now, acknowledgedBy: actor };
      await this.alerts.updateMany([next], manager);
      await this.alerts.insertEvents([{ alertId: id, type: 'acknowledged', at: now, value: alert.value, note: note ?? null, actor }], manager);
      await this.notifications.acknowledged(next, manager, now);
    });
    return this.get(id);
  }

  /** Closes an open alert by hand; channels told it fired hear it resolved. A rule still breaching opens a new one. */
  async resolve(id: string, { note, actor }: Action): Promise<AlertDetail> {
    await this.change(id, ['pending', 'firing', 'acknowledged'], async (alert, manager, now) => {
      const status = alert.status === 'pending' ? ('inactive' as const) : ('resolved' as const);
      await this.alerts.updateMany([{ ...alert, status, resolvedAt: now, recoveringSince: null }], manager);
      await this.alerts.insertEvents([{ alertId: id, type: status, at: now, value: alert.value, note: note ?? null, actor }], manager);
      await this.notifications.plan(manager, now);
    });
    return this.get(id);
  }

  private async change(
    id: string,
    from: readonly AlertStatus[],
    apply: (alert: AlertRow, manager: EntityManager, now: Date) => Promise<void>,
  ): Promise<void> {
    await withAdvisoryLock(this.dataSource, 'alerts.write', async (manager) => {
      const alert = await this.alerts.findById(id, manager);
      if (!alert) throw new NotFound('alert', id);
      if (!from.includes(alert.status)) {
        throw new AppError('CONFLICT', `alert "${id}" is ${alert.status}; only ${from.join(' or ')} alerts can be changed this way`);
      }
      await apply(alert, manager, this.clock.now());
    });
  }
}
