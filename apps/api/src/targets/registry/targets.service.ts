import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  instanceOfUrl,
  parseDuration,
  TARGET_DEFAULTS,
  type AgentHeartbeat,
  type AgentHeartbeatAnswer,
  type ScrapeTarget,
  type ScrapeTargetSpec,
  type TargetSource,
  type TargetsQuery,
} from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { AppError, NotFound, ValidationFailed } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { TargetRepository, type TargetDefinition, type TargetRow } from './target.repository.js';
import { toScrapeTarget } from './target-view.js';

const ms = (duration: string) => parseDuration(duration) ?? 0;

/** What only the owner of a source may change, and where to change it instead. */
const READ_ONLY: Partial<Record<TargetSource, string>> = {
  static: 'is configured by SCRAPE_TARGETS; change it there',
  agent: 'is registered by its agent; it can only be deleted (its next heartbeat registers it again)',
  kubernetes: 'is discovered from Kubernetes; change the pods instead',
};

/** The targets list: what the API, SCRAPE_TARGETS and agents' heartbeats put in it. */
@Injectable()
export class TargetsService {
  private readonly logger = new Logger(TargetsService.name);

  constructor(
    private readonly targets: TargetRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(query: TargetsQuery): Promise<ScrapeTarget[]> {
    return (await this.targets.list(query)).map(toScrapeTarget);
  }

  async get(id: string): Promise<ScrapeTarget> {
    return toScrapeTarget(await this.row(id));
  }

  async create(spec: ScrapeTargetSpec): Promise<ScrapeTarget> {
    const definition = definitionOf(spec, 'api');
    const row = await this.targets.insert(definition, this.clock.now());
    if (!row) throw duplicate(definition);
    return toScrapeTarget(row);
  }

  async update(id: string, spec: ScrapeTargetSpec): Promise<ScrapeTarget> {
    const current = await this.row(id);
    const readOnly = READ_ONLY[current.source];
    if (readOnly) throw new AppError('CONFLICT', `target "${id}" ${readOnly}`);
    const definition = definitionOf(spec, 'api');
    const row = await this.targets.update(id, definition, this.clock.now());
    if (!row) throw duplicate(definition);
    return toScrapeTarget(row);
  }

  async remove(id: string): Promise<void> {
    const current = await this.row(id);
    if (current.source === 'static') throw new AppError('CONFLICT', `target "${id}" ${READ_ONLY.static}`);
    if (!(await this.targets.delete(id))) throw new NotFound('target', id);
  }

  /** Registers or refreshes the agent's target. */
  async heartbeat(beat: AgentHeartbeat): Promise<AgentHeartbeatAnswer> {
    if (beat.metricsUrl === null) {
      throw new ValidationFailed([{ field: 'metricsUrl', problem: 'is null: this server registers what it can scrape' }]);
    }
    const now = this.clock.now();
    const definition: TargetDefinition = {
      service: beat.service,
      instance: beat.instanceId,
      url: beat.metricsUrl,
      source: 'agent',
      labels: {},
      scrapeIntervalMs: ms(TARGET_DEFAULTS.scrapeInterval),
      scrapeTimeoutMs: ms(TARGET_DEFAULTS.scrapeTimeout),
      sampleLimit: TARGET_DEFAULTS.sampleLimit,
      bearerToken: beat.metricsTokenRequired ? (this.config.targets.agentToken ?? null) : null,
      agent: {
        version: beat.version,
        pid: beat.pid,
        host: beat.host,
        startedAt: beat.startedAt,
        baseUrl: beat.baseUrl,
        controlPrefix: beat.controlPrefix,
        metricsTokenRequired: beat.metricsTokenRequired,
        intervalMs: beat.intervalMs,
        readinessUrl: beat.readinessUrl ?? null,
      },
    };
    const existing = await this.targets.findByKey(definition.service, definition.instance);
    if (existing && existing.source !== 'agent') {
      throw new AppError('CONFLICT', `heartbeat: ${definition.service}/${definition.instance} is already a ${existing.source} target`);
    }
    const row = existing
      ? await this.targets.update(existing.id, { ...definition, labels: existing.labels }, now)
      : ((await this.targets.insert(definition, now)) ?? (await this.targets.findByKey(definition.service, definition.instance)));
    if (!row) throw new AppError('CONFLICT', `heartbeat: ${definition.service}/${definition.instance} changed while registering; retry`);
    return { targetId: row.id, scrapeInterval: TARGET_DEFAULTS.scrapeInterval };
  }

  /** Makes the `static` targets exactly SCRAPE_TARGETS: new ones added, changed ones updated, removed ones deleted. */
  async syncStatic(): Promise<void> {
    const sync = await this.replaceSource('static', this.config.targets.static.map((spec) => definitionOf(spec, 'static')));
    for (const { definition, source } of sync.conflicts) {
      this.logger.warn(`SCRAPE_TARGETS: ${definition.service}/${definition.instance} is already a ${source} target; left as it is`);
    }
    if (sync.removed > 0) this.logger.log(`Removed ${sync.removed} static targets no longer in SCRAPE_TARGETS`);
  }

  /**
   * Makes the targets of `source` exactly `wanted`: new ones inserted, changed ones
   * updated (keeping their scrape state), the others of that source deleted. A key
   * that is already a target of another source is left as it is and reported in
   * `conflicts`; the caller says where it came from when it warns.
   */
  async replaceSource(source: 'static' | 'kubernetes', wanted: readonly TargetDefinition[]): Promise<SourceSync> {
    const now = this.clock.now();
    const sync: SourceSync = { added: 0, updated: 0, removed: 0, conflicts: [] };
    for (const definition of wanted) {
      const existing = await this.targets.findByKey(definition.service, definition.instance);
      if (!existing) {
        // Taken meanwhile (another writer won the key): the next sync sees whose it is.
        if (await this.targets.insert(definition, now)) sync.added++;
      } else if (existing.source !== source) {
        sync.conflicts.push({ definition, source: existing.source });
      } else if (!sameDefinition(existing, definition)) {
        await this.targets.update(existing.id, definition, now);
        sync.updated++;
      }
    }
    sync.removed = await this.targets.deleteSourceExcept(source, wanted);
    return sync;
  }

  /** Forgets agents that stopped sending heartbeats a TTL ago. */
  async forgetSilentAgents(): Promise<number> {
    return this.targets.deleteSilentAgents(new Date(this.clock.now().getTime() - this.config.targets.agentTtlMs));
  }

  private async row(id: string): Promise<TargetRow> {
    const row = await this.targets.findById(id);
    if (!row) throw new NotFound('target', id);
    return row;
  }
}

/** What one `replaceSource` did. */
export interface SourceSync {
  added: number;
  updated: number;
  removed: number;
  /** Wanted targets whose (service, instance) is a target of another source, left as they are. */
  conflicts: { definition: TargetDefinition; source: TargetSource }[];
}

/** Whether the stored target already has this definition (scrape state aside). */
function sameDefinition(row: TargetRow, definition: TargetDefinition): boolean {
  const labels = (l: Record<string, string>) => JSON.stringify(Object.entries(l).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return (
    row.url === definition.url &&
    row.source === definition.source &&
    labels(row.labels) === labels(definition.labels) &&
    row.scrapeIntervalMs === definition.scrapeIntervalMs &&
    row.scrapeTimeoutMs === definition.scrapeTimeoutMs &&
    row.sampleLimit === definition.sampleLimit &&
    row.bearerToken === definition.bearerToken &&
    JSON.stringify(row.agent) === JSON.stringify(definition.agent)
  );
}

function definitionOf(spec: ScrapeTargetSpec, source: TargetSource): TargetDefinition {
  return {
    service: spec.service,
    instance: spec.instance ?? instanceOfUrl(spec.url),
    url: spec.url,
    source,
    labels: spec.labels,
    scrapeIntervalMs: ms(spec.scrapeInterval),
    scrapeTimeoutMs: ms(spec.scrapeTimeout),
    sampleLimit: spec.sampleLimit,
    bearerToken: spec.bearerToken,
    agent: null,
  };
}

function duplicate(definition: TargetDefinition): ValidationFailed {
  return new ValidationFailed([
    { field: 'instance', problem: `"${definition.instance}" is already a target of service "${definition.service}"` },
  ]);
}
