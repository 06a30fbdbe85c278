import { formatDuration, type ScrapeTarget } from '@vigil/types';
import type { TargetRow } from './target.repository.js';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

/** A stored target as the API shows it: durations in Prometheus' form, the token never. */
export function toScrapeTarget(row: TargetRow): ScrapeTarget {
  return {
    id: row.id,
    service: row.service,
    instance: row.instance,
    url: row.url,
    source: row.source,
    labels: row.labels,
    scrapeInterval: formatDuration(row.scrapeIntervalMs),
    scrapeTimeout: formatDuration(row.scrapeTimeoutMs),
    sampleLimit: row.sampleLimit,
    hasBearerToken: row.bearerToken !== null,
    health: row.health,
    lastScrapeAt: iso(row.lastScrapeAt),
    lastScrapeDurationSeconds: row.lastDurationMs === null ? null : row.lastDurationMs / 1_000,
    lastSamples: row.lastSamples,
    lastError: row.lastError,
    scrapedBy: row.leaseOwner,
    agent:
      row.agent === null
        ? null
        : {
            version: row.agent.version,
            pid: row.agent.pid,
            host: row.agent.host,
            startedAt: row.agent.startedAt,
            lastHeartbeatAt: iso(row.lastHeartbeatAt) ?? row.agent.startedAt,
            controlUrl: row.agent.controlPrefix === null ? null : `${row.agent.baseUrl.replace(/\/+$/, '')}${row.agent.controlPrefix}`,
          },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
