import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { ComponentStatus, HealthComponentKind } from '@vigil/types';
import { Subject, type Observable } from 'rxjs';

/** A component's status as seen by this instance changed. */
export interface ComponentStatusChanged {
  component: string;
  kind: HealthComponentKind;
  isCritical: boolean;
  instance: string;
  /** null the first time this instance sees the component (published only when it is not up). */
  previous: ComponentStatus | null;
  current: ComponentStatus;
  message: string | null;
  at: Date;
}

/**
 * In-process bus for health transitions, so other modules (alerting) react to them
 * without polling. Subscribers run synchronously in the publisher's turn: keep them
 * short, or hand the work off.
 */
@Injectable()
export class HealthEvents implements OnApplicationShutdown {
  private readonly changes = new Subject<ComponentStatusChanged>();
  readonly statusChanges: Observable<ComponentStatusChanged> = this.changes.asObservable();

  publish(event: ComponentStatusChanged): void {
    this.changes.next(event);
  }

  onApplicationShutdown(): void {
    this.changes.complete();
  }
}
