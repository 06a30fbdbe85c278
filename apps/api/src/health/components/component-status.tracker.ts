import { Inject, Injectable } from '@nestjs/common';
import type { ComponentStatus } from '@vigil/types';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { HealthEvents } from '../health-events.js';
import type { ComponentResult } from './component-result.js';

export interface ObservedComponent extends ComponentResult {
  lastCheckedAt: Date;
  since: Date;
}

interface Seen {
  status: ComponentStatus;
  since: Date;
  lastCheckedAt: Date;
}

/**
 * Remembers each component's status on this instance, so reports say since when it
 * holds, and publishes every transition on HealthEvents.
 */
@Injectable()
export class ComponentStatusTracker {
  private readonly seen = new Map<string, Seen>();

  constructor(
    private readonly events: HealthEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  observe(results: readonly ComponentResult[], now: Date): ObservedComponent[] {
    const current = new Set(results.map((r) => r.name));
    // A removed HTTP target starts afresh if it comes back.
    for (const name of this.seen.keys()) if (!current.has(name)) this.seen.delete(name);
    return results.map((result) => {
      const previous = this.seen.get(result.name);
      const hasChanged = previous?.status !== result.status;
      const since = previous && !hasChanged ? previous.since : now;
      const lastCheckedAt = previous && result.isCached ? previous.lastCheckedAt : now;
      this.seen.set(result.name, { status: result.status, since, lastCheckedAt });
      if (hasChanged && (previous || result.status !== 'up')) {
        this.events.publish({
          component: result.name,
          kind: result.kind,
          isCritical: result.isCritical,
          instance: this.config.instanceId,
          previous: previous?.status ?? null,
          current: result.status,
          message: result.message,
          at: now,
        });
      }
      return { ...result, since, lastCheckedAt };
    });
  }
}
