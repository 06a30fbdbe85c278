import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { UNMATCHED_ROUTE } from '@vigil/types';
import type { FastifyInstance } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { LiveMetrics } from '../live-metrics.js';
import { bindCollect } from '../../../common/metrics/metric-factory.js';
import { HttpRequestStats } from './http-request-stats.js';

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Anything outside the usual verbs is one label value, so odd methods cannot add series. */
export function methodLabel(method: string): string {
  return KNOWN_METHODS.has(method) ? method : 'OTHER';
}

/** The route template; requests that matched no route share one value, whatever their URL. */
export function routeLabel(template: string | undefined): string {
  return template ?? UNMATCHED_ROUTE;
}

/**
 * HTTP rate, errors and duration (RED) as Fastify hooks. They must be added before the
 * routes are registered (Fastify copies hooks into each route as it is added), hence
 * `attach` right after the app is created. Per request they bump plain tallies
 * (HttpRequestStats); prom-client reads them only when scraped.
 */
@Injectable()
export class HttpMetricsHooks implements OnModuleDestroy {
  private inFlight = 0;
  private readonly stats: HttpRequestStats;
  private unbinders: (() => void)[] = [];

  constructor(
    private readonly metrics: LiveMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.stats = new HttpRequestStats(metrics.http.durationBuckets);
  }

  attach(server: FastifyInstance): void {
    if (!this.config.metrics.isHttpInstrumented) return;
    const { inFlight, requests, duration } = this.metrics.http;
    this.unbinders = [
      bindCollect(inFlight, () => inFlight.set(this.inFlight)),
      requests.provide(() => this.stats.requestSamples()),
      duration.provide(() => this.stats.durationSamples(duration.name)),
    ];
    // 'close' fires once per response, answered or aborted; 'finish' alone would leak aborts.
    const release = () => {
      this.inFlight--;
    };
    server.addHook('onRequest', (_request, reply, done) => {
      this.inFlight++;
      reply.raw.on('close', release);
      done();
    });
    server.addHook('onResponse', (request, reply, done) => {
      this.record(request.method, request.routeOptions.url, reply.statusCode, reply.elapsedTime);
      done();
    });
  }

  onModuleDestroy(): void {
    for (const unbind of this.unbinders) unbind();
  }

  record(method: string, routeTemplate: string | undefined, statusCode: number, elapsedMs: number): void {
    this.stats.record(methodLabel(method), routeLabel(routeTemplate), statusCode, elapsedMs / 1_000);
  }
}
