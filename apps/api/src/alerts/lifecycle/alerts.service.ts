import { Injectable } from '@nestjs/common';
import { ALERT_SEVERITIES, ALERT_STATUSES, type AlertDetail, type AlertListQuery, type AlertStatus, type AlertSummary, type Page } from '@vigil/types';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { AppError, NotFound, ValidationFailed } from '../../common/errors/app-error.js';
import { withAdvisoryLock } from '../../common/database/advisory-lock.js';
import { NotificationPlanner } from '../notifications/notification-planner.service.js';
import { SilencesService } from '../silences/silences.service.js';
import { isObject, Problems } from '../validation/field-checks.js';
import { UUID } from '../../common/validation/formats.js';
import type { AlertRow } from './alert-row.js';
import { toDetail, toSummary } from './alert.mapper.js';
import { AlertRepository, type AlertFilter } from './alert.repository.js';

const MAX_PAGE_SIZE = 200;

function parseList(query: AlertListQuery): AlertFilter {
  const p = new Problems();
  const statuses = query.status?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  statuses?.forEach((s) => p.oneOf('status', s, ALERT_STATUSES));
  if (query.severity !== undefined) p.oneOf('severity', query.severity, ALERT_SEVERITIES);
  if (query.ruleId !== undefined && !UUID.test(query.ruleId)) p.add('ruleId', 'must be a UUID');
  const from = query.from === undefined ? undefined : p.time('from', query.from);
  const to = query.to === undefined ? undefined : p.time('to', query.to);
  const page = Number(query.page ?? 1);
  const pageSize = Number(query.pageSize ?? 50);
  if (!Number.isInteger(page) || page < 1) p.add('page', 'must be a whole number from 1');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) p.add('pageSize', `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  if (!p.isEmpty) throw new ValidationFailed(p.list);
  return {
    statuses: statuses as AlertStatus[] | undefined,
    severity: query.severity,
    ruleId: query.ruleId,
    from,
    to,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  };
}

function parseAction(body: unknown): { note: string | null; actor: string } {
  const input = body ?? {};
  if (!isObject(input)) throw new ValidationFailed([{ field: 'body', problem: 'must be a JSON object' }]);
  const p = new Problems();
  p.unknownKeys(input, ['note', 'actor']);
  const note = input.note === undefined ? null : p.text('note', input.note, 1_024);
  const actor = input.actor === undefined ? 'api' : p.text('actor', input.actor, 128);
  if (!p.isEmpty) throw new ValidationFailed(p.list);
  return { note: note ?? null, actor: actor! };
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

  async list(query: AlertListQuery): Promise<Page<AlertSummary>> {
    const filter = parseList(query);
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
  async acknowledge(id: string, body: unknown): Promise<AlertDetail> {
    const { note, actor } = parseAction(body);
    await this.change(id, ['firing'], async (alert, manager, now) => {
      const next = { ...alert, status: 'acknowledged' as const, acknowledgedAt: now, acknowledgedBy: actor };
      await this.alerts.updateMany([next], manager);
      await this.alerts.insertEvents([{ alertId: id, type: 'acknowledged', at: now, value: alert.value, note, actor }], manager);
      await this.notifications.acknowledged(next, manager, now);
    });
    return this.get(id);
  }

  /** Closes an open alert by hand; channels told it fired hear it resolved. A rule still breaching opens a new one. */
  async resolve(id: string, body: unknown): Promise<AlertDetail> {
    const { note, actor } = parseAction(body);
    await this.change(id, ['pending', 'firing', 'acknowledged'], async (alert, manager, now) => {
      const status = alert.status === 'pending' ? ('inactive' as const) : ('resolved' as const);
      await this.alerts.updateMany([{ ...alert, status, resolvedAt: now, recoveringSince: null }], manager);
      await this.alerts.insertEvents([{ alertId: id, type: status, at: now, value: alert.value, note, actor }], manager);
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
