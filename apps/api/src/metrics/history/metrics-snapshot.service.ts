import { Inject, Injectable } from '@nestjs/common';
import { register } from 'prom-client';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CustomMetricNames } from './custom-metric-names.js';
import { flattenRegistry } from './registry-snapshot.js';
import { SampleWriter } from './sample-writer.js';

/**
 * The per-instance history job: every tick, the whole registry becomes rows in
 * `metric_samples`, labelled with this instance, in one INSERT.
 */
@Injectable()
export class MetricsSnapshotService {
  constructor(
    private readonly writer: SampleWriter,
    private readonly customNames: CustomMetricNames,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Stores one snapshot; returns how many samples it wrote. */
  async snapshot(): Promise<number> {
    const now = this.clock.now();
    const samples = flattenRegistry(
      await register.getMetricsAsJSON(),
      { instance: this.config.instanceId },
      this.customNames.all(),
    );
    await this.writer.write('self', samples, now);
    return samples.length;
  }
}
