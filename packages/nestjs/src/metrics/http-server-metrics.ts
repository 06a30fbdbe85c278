import { Inject, Injectable } from '@nestjs/common';
import { Histogram, type Registry } from 'prom-client';
import type { ResolvedVigilOptions } from '../options/resolved-options.js';
import { VIGIL_OPTIONS, VIGIL_REGISTRY } from '../vigil.tokens.js';
import { methodLabel } from './http-method.js';

/**
 * OpenTelemetry's `http.server.request.duration` (unit `s`) with its attributes
 * `http.request.method`, `http.route` and `http.response.status_code`, named as the
 * OpenTelemetry-to-Prometheus rules name them: dots become underscores and the unit
 * becomes a `_seconds` suffix.
 */
export const HTTP_SERVER_DURATION = 'http_server_request_duration_seconds';
export const HTTP_LABELS = ['http_request_method', 'http_route', 'http_response_status_code'] as const;
type HttpLabel = (typeof HTTP_LABELS)[number];

@Injectable()
export class HttpServerMetrics {
  private readonly duration: Histogram<HttpLabel> | undefined;
  private readonly knownMethods: ReadonlySet<string>;

  constructor(@Inject(VIGIL_REGISTRY) registry: Registry, @Inject(VIGIL_OPTIONS) options: ResolvedVigilOptions) {
    const metrics = options.metrics;
    this.knownMethods = metrics?.knownMethods ?? new Set();
    if (!metrics?.isHttpInstrumented) return;
    this.duration = new Histogram({
      name: HTTP_SERVER_DURATION,
      help: 'Duration of HTTP server requests.',
      labelNames: HTTP_LABELS,
      buckets: metrics.httpBuckets,
      registers: [registry],
    });
  }

  /**
   * A request that matched no route has no `http_route` at all, as OpenTelemetry says
   * (the path is no substitute): all of them share one series per method and status,
   * whatever the URL, and Prometheus reads the missing label as `http_route=""`.
   */
  record(method: string, route: string | undefined, statusCode: number, seconds: number): void {
    const labels: Partial<Record<HttpLabel, string>> = {
      http_request_method: methodLabel(method, this.knownMethods),
      http_response_status_code: String(statusCode),
    };
    if (route !== undefined && route !== '') labels.http_route = route;
    this.duration?.observe(labels, seconds);
  }
}
