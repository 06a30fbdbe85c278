import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { register } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricFactory } from '../metrics/metric-factory.js';

const jobDuration = () =>
  new MetricFactory(register).histogram({
    name: 'vigil_job_duration_seconds',
    help: 'Duration of scheduled job runs, by job and outcome (ok, error, skipped).',
    labelNames: ['job', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  });

/**
 * Runs named jobs at intervals taken from config (hence SchedulerRegistry rather than
 * `@Interval`, whose period is fixed at compile time). Every tick catches and logs its
 * own error, records its duration, and is skipped while the previous one still runs.
 */
@Injectable()
export class JobScheduler implements OnApplicationShutdown {
  private readonly logger = new Logger(JobScheduler.name);
  private readonly running = new Set<string>();
  private readonly names = new Set<string>();
  private readonly duration = jobDuration();

  constructor(
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Schedules `run` every `intervalMs`, unless scheduled jobs are switched off. */
  every(name: string, intervalMs: number, run: () => Promise<unknown>): void {
    if (!this.config.jobs.enabled) return;
    const handle = setInterval(() => void this.tick(name, run), intervalMs);
    this.registry.addInterval(name, handle);
    this.names.add(name);
  }

  /** One run now, with the same guard, logging and timing as a scheduled tick. */
  async tick(name: string, run: () => Promise<unknown>): Promise<void> {
    if (this.running.has(name)) {
      this.duration.observe({ job: name, outcome: 'skipped' }, 0);
      return;
    }
    this.running.add(name);
    const stop = this.duration.startTimer({ job: name });
    try {
      await run();
      stop({ outcome: 'ok' });
    } catch (error) {
      stop({ outcome: 'error' });
      this.logger.error(`Job "${name}" failed: ${(error as Error).message}`, (error as Error).stack);
    } finally {
      this.running.delete(name);
    }
  }

  onApplicationShutdown(): void {
    // @nestjs/schedule clears every interval in its own shutdown hook, which may run first.
    for (const name of this.names) if (this.registry.doesExist('interval', name)) this.registry.deleteInterval(name);
    this.names.clear();
  }
}
