import { Inject, Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { SeriesSample } from '../../metrics/history/registry-snapshot.js';
import { SampleWriter } from '../../metrics/history/sample-writer.js';
import { HealthCheckRepository } from '../../health/history/health-check.repository.js';
import { TargetRepository, type TargetRow } from '../registry/target.repository.js';
import { ExpositionError, parseExposition } from './exposition-parser.js';
import { countSampleLines, seriesOfExposition } from './exposition-series.js';
import { fetchExposition, ScrapeFailed } from './scrape-client.js';
import { ScrapeMetrics } from './scrape.metrics.js';
import { checkReadiness, serviceComponent } from './target-readiness.js';

/** The series Prometheus records about every scrape, under the same names. */
function scrapeReport(labels: Record<string, string>, up: boolean, seconds: number, samples: number): SeriesSample[] {
  const gauge = (name: string, help: string, value: number): SeriesSample => ({ name, type: 'gauge', help, labels, value, bounds: null, buckets: null });
  return [
    gauge('up', '1 when the last scrape of the target succeeded, 0 when it failed.', up ? 1 : 0),
    gauge('scrape_duration_seconds', 'How long the scrape of the target took.', seconds),
    gauge('scrape_samples_scraped', 'Samples the target exposed in the scrape.', samples),
  ];
}

export interface ScrapeResult {
  up: boolean;
  samples: number;
  error: string | null;
}

/**
 * One scrape of one target: fetch, refuse past the sample limit, parse, store the series
 * with the target's labels, then `up`, `scrape_duration_seconds` and
 * `scrape_samples_scraped`. A failed scrape stores only those three (`up` 0), so the
 * target's series stop rather than repeat their last value. Then the instance's
 * readiness is recorded in `health_checks` as component `service:<service>`.
 */
@Injectable()
export class TargetScraper {
  constructor(
    private readonly targets: TargetRepository,
    private readonly writer: SampleWriter,
    private readonly metrics: ScrapeMetrics,
    private readonly healthChecks: HealthCheckRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async scrape(target: TargetRow): Promise<ScrapeResult> {
    const at = this.clock.now();
    const started = performance.now();
    const labels = { ...target.labels, service: target.service, instance: target.instance };
    let series: SeriesSample[] = [];
    let samples = 0;
    let error: string | null = null;
    try {
      const text = await fetchExposition({
        url: target.url,
        timeoutMs: target.scrapeTimeoutMs,
        maxBodyBytes: this.config.targets.maxBodyBytes,
        bearerToken: target.bearerToken,
      });
      samples = countSampleLines(text);
      if (samples > target.sampleLimit) {
        throw new ScrapeFailed(`sample limit exceeded: the target exposed ${samples} samples, its sampleLimit is ${target.sampleLimit}`);
      }
      series = seriesOfExposition(parseExposition(text), labels);
    } catch (caught) {
      error = messageOf(caught);
      series = [];
    }
    const seconds = (performance.now() - started) / 1_000;
    const up = error === null;
    await this.writer.write(`target:${target.id}`, [...series, ...scrapeReport(labels, up, seconds, samples)], at);
    await this.targets.recordScrape(target.id, { health: up ? 'up' : 'down', at, durationMs: seconds * 1_000, samples, error });
    this.metrics.scrapes.inc({ outcome: up ? 'ok' : 'error' });
    this.metrics.duration.observe(seconds);
    // Its readiness goes into the health history, so a service has uptime per instance.
    const readiness = await checkReadiness(target, { up, error, durationMs: seconds * 1_000 });
    await this.healthChecks.insertMany([
      { instance: target.instance, component: serviceComponent(target.service), isCritical: false, checkedAt: at, ...readiness },
    ]);
    return { up, samples, error };
  }
}

function messageOf(error: unknown): string {
  if (error instanceof ScrapeFailed) return error.message;
  if (error instanceof ExpositionError) return `parse error: ${error.message}`;
  throw error;
}
