import { Injectable } from '@nestjs/common';
import type { HealthHistoryPage, HealthUptimeReport } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { ValidationFailed } from '../../common/errors/app-error.js';
import { HealthCheckRepository } from './health-check.repository.js';
import { historyQueryOf, type HistoryParams, type UptimeParams } from './history-query.js';
import { toComponentUptime, windowStarts } from './uptime.js';

/** Reads recorded checks: raw history and uptime per component. */
@Injectable()
export class HealthHistoryService {
  constructor(
    private readonly repository: HealthCheckRepository,
    private readonly clock: Clock,
  ) {}

  async history(params: HistoryParams): Promise<HealthHistoryPage> {
    const { query, problems } = historyQueryOf(params, this.clock.now());
    if (!query) throw new ValidationFailed(problems);
    // One row past the limit tells whether more matched, without a count(*).
    const rows = await this.repository.findHistory({ ...query, limit: query.limit + 1 });
    return {
      from: query.from.toISOString(),
      to: query.to.toISOString(),
      items: rows.slice(0, query.limit).map((row) => ({
        instance: row.instance,
        component: row.component,
        status: row.status,
        isCritical: row.isCritical,
        responseTimeMs: row.responseTimeMs,
        message: row.message,
        checkedAt: new Date(row.checkedAt).toISOString(),
      })),
      truncated: rows.length > query.limit,
    };
  }

  async uptime(query: UptimeParams): Promise<HealthUptimeReport> {
    const now = this.clock.now();
    const counts = await this.repository.countUptime(now, windowStarts(now), query);
    return { at: now.toISOString(), components: counts.map(toComponentUptime) };
  }
}
