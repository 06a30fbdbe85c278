import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { runChecks } from './components/component-result.js';
import { ComponentStatusTracker, type ObservedComponent } from './components/component-status.tracker.js';
import { HealthComponents } from './components/health-components.js';

export interface HealthEvaluation {
  at: Date;
  components: ObservedComponent[];
}

/** Runs every component's check and records what changed; shared by the report and the job. */
@Injectable()
export class HealthEvaluator {
  constructor(
    private readonly components: HealthComponents,
    private readonly tracker: ComponentStatusTracker,
    private readonly clock: Clock,
  ) {}

  async evaluate(): Promise<HealthEvaluation> {
    const results = await runChecks(await this.components.all());
    const at = this.clock.now();
    return { at, components: this.tracker.observe(results, at) };
  }
}
