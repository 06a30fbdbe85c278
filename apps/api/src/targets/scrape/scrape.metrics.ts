import { Injectable } from '@nestjs/common';
import { register } from 'prom-client';
import { MetricFactory } from '../../common/metrics/metric-factory.js';

/** What this replica's scraper did; each target's own figures are its `up` and `scrape_*` series. */
@Injectable()
export class ScrapeMetrics {
  private readonly factory = new MetricFactory(register);

  readonly scrapes = this.factory.counter({
    name: 'vigil_scrapes_total',
    help: 'Scrapes this instance ran, by outcome (ok, error).',
    labelNames: ['outcome'] as const,
  });

  readonly duration = this.factory.histogram({
    name: 'vigil_scrape_duration_seconds',
    help: 'Duration of the scrapes this instance ran, storing included.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  });

  readonly inFlight = this.factory.gauge({
    name: 'vigil_scrapes_in_flight',
    help: 'Scrapes this instance is running now.',
  });
}
