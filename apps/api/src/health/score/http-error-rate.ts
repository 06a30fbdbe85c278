import { Injectable } from '@nestjs/common';
import { register, type Counter } from 'prom-client';

/** Declared by the metrics module; read by name only, so health works without it. */
export const HTTP_REQUESTS_METRIC = 'vigil_http_requests_total';
export const ERROR_RATE_WINDOW_MS = 5 * 60_000;
const MIN_SAMPLE_SPACING_MS = 1_000;

interface Totals {
  at: number;
  requests: number;
  errors: number;
}

/** Probes answer 503 on purpose while not ready; counting them would punish the score twice. */
const isProbeRoute = (route: string | undefined) => route?.startsWith('/health/') === true || route === '/metrics';

/**
 * Share of HTTP requests answered 5xx over about the last five minutes, from the
 * request counter in prom-client's default registry: the counter's value now minus its
 * value at the newest sample at least a window old (or at start-up, before that).
 */
@Injectable()
export class HttpErrorRate {
  private readonly samples: Totals[] = [];

  async ratio(now: Date): Promise<number> {
    const current = { at: now.getTime(), ...(await this.readTotals()) };
    if (this.samples.length === 0) this.samples.push({ at: current.at, requests: 0, errors: 0 });
    const last = this.samples.at(-1);
    if (last && current.at - last.at >= MIN_SAMPLE_SPACING_MS) this.samples.push(current);
    while (this.samples.length > 1 && (this.samples[1]?.at ?? Infinity) <= current.at - ERROR_RATE_WINDOW_MS) {
      this.samples.shift();
    }
    const base = this.samples[0] ?? current;
    const requests = current.requests - base.requests;
    // A reset registry makes the difference negative: start counting again from here.
    if (requests < 0) this.samples.splice(0, this.samples.length, current);
    return requests > 0 ? Math.max(0, current.errors - base.errors) / requests : 0;
  }

  private async readTotals(): Promise<Omit<Totals, 'at'>> {
    const counter = register.getSingleMetric(HTTP_REQUESTS_METRIC) as Counter | undefined;
    if (!counter) return { requests: 0, errors: 0 };
    const { values } = await counter.get();
    let requests = 0;
    let errors = 0;
    for (const { labels, value } of values) {
      if (isProbeRoute(labels.route as string | undefined)) continue;
      requests += value;
      if (labels.status_class === '5xx') errors += value;
    }
    return { requests, errors };
  }
}
