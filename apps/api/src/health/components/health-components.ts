import { Injectable } from '@nestjs/common';
import { HttpTargetsService } from '../http-targets/http-targets.service.js';
import { CacheIndicator } from '../indicators/cache.indicator.js';
import { DatabaseIndicator } from '../indicators/database.indicator.js';
import { DiskIndicator } from '../indicators/disk.indicator.js';
import { EventLoopIndicator } from '../indicators/event-loop.indicator.js';
import { HeapIndicator } from '../indicators/heap.indicator.js';
import { HttpDependencyIndicator } from '../indicators/http-dependency.indicator.js';
import { MigrationsIndicator } from '../indicators/migrations.indicator.js';
import { RssIndicator } from '../indicators/rss.indicator.js';
import type { HealthComponent } from './health-component.js';

/** Which components exist and which of them gate readiness. */
@Injectable()
export class HealthComponents {
  constructor(
    private readonly database: DatabaseIndicator,
    private readonly cache: CacheIndicator,
    private readonly migrations: MigrationsIndicator,
    private readonly disk: DiskIndicator,
    private readonly heap: HeapIndicator,
    private readonly rss: RssIndicator,
    private readonly eventLoop: EventLoopIndicator,
    private readonly http: HttpDependencyIndicator,
    private readonly targets: HttpTargetsService,
  ) {}

  /**
   * What readiness checks: the database, Redis when configured, and critical HTTP
   * dependencies. Migrations are the startup probe's; resources only degrade health.
   */
  readiness(): HealthComponent[] {
    const criticalHttp = this.targets.current().filter((t) => t.isCritical);
    return [...this.dependencies(), ...criticalHttp.map((t) => this.http.forTarget(t))];
  }

  /** Everything, with the HTTP target list reloaded first. */
  async all(): Promise<HealthComponent[]> {
    const targets = await this.targets.fresh();
    return [
      ...this.dependencies(),
      this.migrations,
      this.disk,
      this.heap,
      this.rss,
      this.eventLoop,
      ...targets.map((t) => this.http.forTarget(t)),
    ];
  }

  private dependencies(): HealthComponent[] {
    return this.cache.isConfigured ? [this.database, this.cache] : [this.database];
  }
}
