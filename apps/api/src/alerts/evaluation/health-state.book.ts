import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { ComponentStatus } from '@vigil/types';
import type { Subscription } from 'rxjs';
import { HealthEvents } from '../../health/health-events.js';
import { RecordedStatuses } from '../../health/history/recorded-statuses.service.js';

export interface ComponentState {
  instance: string;
  component: string;
  status: ComponentStatus;
  isCritical: boolean;
  message: string | null;
  at: Date;
}

/**
 * The latest status of each (instance, component), for health rules: this instance's
 * HealthCheck events as they happen, merged with what every replica recorded in
 * `health_checks` lately (the newer of the two wins). Events only come on change, so
 * the recorded checks also cover the components this instance never saw change.
 */
@Injectable()
export class HealthStateBook implements OnModuleInit, OnModuleDestroy {
  private readonly states = new Map<string, ComponentState>();
  private subscription: Subscription | undefined;

  constructor(
    private readonly events: HealthEvents,
    private readonly recorded: RecordedStatuses,
  ) {}

  onModuleInit(): void {
    this.subscription = this.events.statusChanges.subscribe((event) => {
      this.states.set(`${event.instance}\u0000${event.component}`, {
        instance: event.instance,
        component: event.component,
        status: event.current,
        isCritical: event.isCritical,
        message: event.message,
        at: event.at,
      });
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  async current(): Promise<ComponentState[]> {
    const merged = new Map(this.states);
    for (const row of await this.recorded.latest()) {
      const key = `${row.instance}\u0000${row.component}`;
      const known = merged.get(key);
      if (known && known.at >= row.checkedAt) continue;
      merged.set(key, {
        instance: row.instance,
        component: row.component,
        status: row.status,
        isCritical: row.isCritical,
        message: row.message,
        at: row.checkedAt,
      });
    }
    return [...merged.values()];
  }
}
