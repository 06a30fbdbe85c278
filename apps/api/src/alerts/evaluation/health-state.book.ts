import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { ComponentStatus } from '@vigil/types';
import type { Subscription } from 'rxjs';
import { HealthEvents } from '../../health/health-events.js';

export interface ComponentState {
  instance: string;
  component: string;
  status: ComponentStatus;
  isCritical: boolean;
  message: string | null;
  at: Date;
}

/**
 * The latest status of each (instance, component) as the HealthCheck events announce
 * it, for health rules. Events only come on change (and on first sight of a component
 * that is not up), so a component absent here has only ever been up.
 */
@Injectable()
export class HealthStateBook implements OnModuleInit, OnModuleDestroy {
  private readonly states = new Map<string, ComponentState>();
  private subscription: Subscription | undefined;

  constructor(private readonly events: HealthEvents) {}

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

  current(): ComponentState[] {
    return [...this.states.values()];
  }
}
