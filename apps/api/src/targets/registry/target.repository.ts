import { Injectable } from '@nestjs/common';
import type { TargetHealth, TargetSource } from '@vigil/types';
import { DataSource } from 'typeorm';
import { updatedRows } from '../../common/database/updated-rows.js';
import { UUID } from '../../common/validation/formats.js';

/** What the agent said in its last heartbeat, as stored in `scrape_targets.agent`. */
export interface StoredAgent {
  version: string | null;
  pid: number;
  host: string;
  startedAt: string;
  baseUrl: string;
  controlPrefix: string | null;
  metricsTokenRequired: boolean;
  intervalMs: number;
  /** Absent in rows stored before agents sent it. */
  readinessUrl?: string | null;
}

/** The columns a target is defined by; the rest is scrape state. */
export interface TargetDefinition {
  service: string;
  instance: string;
  url: string;
  source: TargetSource;
  labels: Record<string, string>;
  scrapeIntervalMs: number;
  scrapeTimeoutMs: number;
  sampleLimit: number;
  bearerToken: string | null;
  agent: StoredAgent | null;
}

/** A stored target: its definition and its scrape state. */
export interface TargetRow extends TargetDefinition {
  id: string;
  health: TargetHealth;
  lastScrapeAt: Date | null;
  lastDurationMs: number | null;
  lastSamples: number | null;
  lastError: string | null;
  lastHeartbeatAt: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ScrapeOutcome {
  health: 'up' | 'down';
  at: Date;
  durationMs: number;
  samples: number;
  error: string | null;
}

const COLUMNS = `id, service, instance, url, source, labels,
  scrape_interval_ms AS "scrapeIntervalMs", scrape_timeout_ms AS "scrapeTimeoutMs", sample_limit AS "sampleLimit",
  bearer_token AS "bearerToken", health, last_scrape_at AS "lastScrapeAt", last_duration_ms AS "lastDurationMs",
  last_samples AS "lastSamples", last_error AS "lastError", agent, last_heartbeat_at AS "lastHeartbeatAt",
  lease_owner AS "leaseOwner", lease_until AS "leaseUntil", created_at AS "createdAt", updated_at AS "updatedAt"`;

const definitionParams = (d: TargetDefinition) => [
  d.service,
  d.instance,
  d.url,
  d.source,
  JSON.stringify(d.labels),
  d.scrapeIntervalMs,
  d.scrapeTimeoutMs,
  d.sampleLimit,
  d.bearerToken,
  d.agent === null ? null : JSON.stringify(d.agent),
];

/** Every query on `scrape_targets`. */
@Injectable()
export class TargetRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: { service?: string; health?: TargetHealth; source?: TargetSource }): Promise<TargetRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM scrape_targets
       WHERE ($1::text IS NULL OR service = $1) AND ($2::text IS NULL OR health = $2) AND ($3::text IS NULL OR source = $3)
       ORDER BY service, instance`,
      [filter.service ?? null, filter.health ?? null, filter.source ?? null],
    );
  }

  /** Every service that has at least one target, sorted. */
  async services(): Promise<string[]> {
    const rows: { service: string }[] = await this.dataSource.query('SELECT DISTINCT service FROM scrape_targets ORDER BY service');
    return rows.map((row) => row.service);
  }

  /** Undefined for ids that cannot exist, rather than a uuid cast error. */
  async findById(id: string): Promise<TargetRow | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows: TargetRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM scrape_targets WHERE id = $1`, [id]);
    return rows[0];
  }

  async findByKey(service: string, instance: string): Promise<TargetRow | undefined> {
    const rows: TargetRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM scrape_targets WHERE service = $1 AND instance = $2`, [
      service,
      instance,
    ]);
    return rows[0];
  }

  /** Inserts a target; undefined when (service, instance) is taken. */
  async insert(definition: TargetDefinition, now: Date): Promise<TargetRow | undefined> {
    const rows: TargetRow[] = await this.dataSource.query(
      `INSERT INTO scrape_targets (service, instance, url, source, labels, scrape_interval_ms, scrape_timeout_ms, sample_limit,
         bearer_token, agent, last_heartbeat_at, next_scrape_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10::jsonb, CASE WHEN $10::jsonb IS NULL THEN NULL ELSE $11::timestamptz END, $11, $11, $11)
       ON CONFLICT (service, instance) DO NOTHING
       RETURNING ${COLUMNS}`,
      [...definitionParams(definition), now],
    );
    return rows[0];
  }

  /** Replaces a target's definition, keeping its scrape state; undefined when (service, instance) is taken by another. */
  async update(id: string, definition: TargetDefinition, now: Date): Promise<TargetRow | undefined> {
    const rows = updatedRows(await this.dataSource.query(
      `UPDATE scrape_targets SET service = $1, instance = $2, url = $3, source = $4, labels = $5::jsonb, scrape_interval_ms = $6,
         scrape_timeout_ms = $7, sample_limit = $8, bearer_token = $9, agent = $10::jsonb,
         last_heartbeat_at = CASE WHEN $10::jsonb IS NULL THEN last_heartbeat_at ELSE $11::timestamptz END, updated_at = $11
       WHERE id = $12 AND NOT EXISTS (SELECT 1 FROM scrape_targets o WHERE o.service = $1 AND o.instance = $2 AND o.id <> $12)
       RETURNING ${COLUMNS}`,
      [...definitionParams(definition), now, id],
    )) as unknown as TargetRow[];
    return rows[0];
  }

  async delete(id: string): Promise<boolean> {
    const rows = updatedRows(await this.dataSource.query('DELETE FROM scrape_targets WHERE id = $1 RETURNING id', [id]));
    return rows.length > 0;
  }

  /** Removes the targets of `source` whose keys are not in `keep`; returns how many. */
  async deleteSourceExcept(source: TargetSource, keep: readonly { service: string; instance: string }[]): Promise<number> {
    const rows = updatedRows(await this.dataSource.query(
      `DELETE FROM scrape_targets WHERE source = $1
         AND (service, instance) NOT IN (SELECT s, i FROM unnest($2::text[], $3::text[]) AS k(s, i))
       RETURNING id`,
      [source, keep.map((k) => k.service), keep.map((k) => k.instance)],
    ));
    return rows.length;
  }

  /** Agents' targets whose last heartbeat is older than `before`. */
  async deleteSilentAgents(before: Date): Promise<number> {
    const rows = updatedRows(await this.dataSource.query(
      "DELETE FROM scrape_targets WHERE source = 'agent' AND last_heartbeat_at < $1 RETURNING id",
      [before],
    ));
    return rows.length;
  }

  /**
   * Claims up to `limit` due targets for `owner`: those whose slot has come and whose
   * lease is this owner's, lapsed, or nobody's. Each claim moves the slot one interval on
   * and extends the lease, in the same statement, so a slot is claimed once cluster-wide.
   */
  async claimDue(owner: string, now: Date, limit: number): Promise<TargetRow[]> {
    const result: unknown = await this.dataSource.query(
      `UPDATE scrape_targets t SET
         lease_owner = $1,
         lease_until = $2::timestamptz + make_interval(secs => 2 * t.scrape_interval_ms / 1000.0),
         -- The next slot keeps the target's phase; a target a whole interval behind skips the missed slots.
         next_scrape_at = CASE
           WHEN t.next_scrape_at + make_interval(secs => t.scrape_interval_ms / 1000.0) > $2::timestamptz
             THEN t.next_scrape_at + make_interval(secs => t.scrape_interval_ms / 1000.0)
           ELSE $2::timestamptz + make_interval(secs => t.scrape_interval_ms / 1000.0)
         END
       WHERE t.id IN (
         SELECT id FROM scrape_targets
         WHERE next_scrape_at <= $2 AND (lease_owner = $1 OR lease_owner IS NULL OR lease_until < $2)
         ORDER BY next_scrape_at
         LIMIT $3
         FOR UPDATE SKIP LOCKED)
       RETURNING ${COLUMNS}`,
      [owner, now, limit],
    );
    return updatedRows(result) as unknown as TargetRow[];
  }

  /** Records a scrape's outcome, unless the target was deleted or redefined meanwhile. */
  async recordScrape(id: string, outcome: ScrapeOutcome): Promise<void> {
    await this.dataSource.query(
      `UPDATE scrape_targets SET health = $2, last_scrape_at = $3, last_duration_ms = $4, last_samples = $5, last_error = $6
       WHERE id = $1`,
      [id, outcome.health, outcome.at, outcome.durationMs, outcome.samples, outcome.error],
    );
  }

  /** Gives this owner's leases up (at shutdown), so another replica takes them at once. */
  async releaseLeases(owner: string): Promise<void> {
    await this.dataSource.query('UPDATE scrape_targets SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = $1', [owner]);
  }
}
