import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { HealthHttpTargets, parseWith, type HealthHttpTarget } from '@vigil/types';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { SettingsService } from '../../settings/settings.service.js';

export const HTTP_TARGETS_SETTING = 'health.httpTargets';

/** A target with every default applied. */
export interface ResolvedHttpTarget {
  name: string;
  url: string;
  expectedStatus: { min: number; max: number };
  timeoutMs: number;
  isCritical: boolean;
}

/**
 * HTTP dependencies: HEALTH_HTTP_TARGETS, then the `health.httpTargets` setting (a
 * setting target named like an environment one is ignored). The setting lives in the
 * database, so probes read the last known list and never wait on it.
 */
@Injectable()
export class HttpTargetsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('HealthHttpTargets');
  private fromSetting: HealthHttpTarget[] = [];
  private loadedAt = -Infinity;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly settings: SettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
  }

  /** The last known list; when it is older than the probe cache, a reload starts in the background. */
  current(): ResolvedHttpTarget[] {
    if (performance.now() - this.loadedAt > Math.max(this.config.health.cacheTtlMs, 1_000)) void this.refresh();
    return this.merged();
  }

  /** Reloads the setting first (bounded by the check timeout); keeps the last list if that fails. */
  async fresh(): Promise<ResolvedHttpTarget[]> {
    await this.refresh();
    return this.merged();
  }

  private refresh(): Promise<void> {
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async load(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), this.config.health.checkTimeoutMs);
    });
    try {
      const { value } = await Promise.race([this.settings.get(HTTP_TARGETS_SETTING), timeout]);
      const parsed = parseWith(HealthHttpTargets, value, HTTP_TARGETS_SETTING);
      if (!parsed.ok) this.logger.warn(`Ignoring ${HTTP_TARGETS_SETTING}: ${parsed.problems[0]?.field} ${parsed.problems[0]?.problem}`);
      this.fromSetting = parsed.ok ? parsed.value : [];
    } catch (error) {
      // An unreachable database must not drop the targets: keep the last known list.
      this.logger.warn(`Could not read ${HTTP_TARGETS_SETTING}: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
      this.loadedAt = performance.now();
    }
  }

  private merged(): ResolvedHttpTarget[] {
    const fromEnv = this.config.health.httpTargets;
    const envNames = new Set(fromEnv.map((t) => t.name));
    return [...fromEnv, ...this.fromSetting.filter((t) => !envNames.has(t.name))].map((target) => ({
      name: target.name,
      url: target.url,
      expectedStatus: target.expectedStatus ?? { min: 200, max: 299 },
      timeoutMs: target.timeoutMs ?? this.config.health.checkTimeoutMs,
      isCritical: target.critical ?? false,
    }));
  }
}
