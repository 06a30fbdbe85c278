import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { ResolvedVigilOptions } from '../options/resolved-options.js';
import { VIGIL_OPTIONS } from '../vigil.tokens.js';
import { timeExpressRequests, type ExpressApp } from './express-timing.js';
import { timeFastifyRequests, type FastifyApp } from './fastify-timing.js';
import { HttpServerMetrics } from './http-server-metrics.js';

/**
 * Installs the request timing on whichever adapter the app runs. It happens in the
 * constructor, while Nest is still building providers: `app.init()` registers the
 * app's routes later, and both Fastify's hooks and Express' middleware order need the
 * timing in place before them.
 */
@Injectable()
export class HttpInstrumentation {
  constructor(host: HttpAdapterHost, metrics: HttpServerMetrics, @Inject(VIGIL_OPTIONS) options: ResolvedVigilOptions) {
    const adapter = host.httpAdapter;
    if (!options.metrics?.isHttpInstrumented || !adapter) return;
    const record = metrics.record.bind(metrics);
    const type = adapter.getType();
    if (type === 'express') timeExpressRequests(adapter.getInstance<ExpressApp>(), record);
    else if (type === 'fastify') timeFastifyRequests(adapter.getInstance<FastifyApp>(), record);
    else new Logger('Vigil').warn(`HTTP metrics are not recorded on the "${type}" adapter (Express and Fastify are)`);
  }
}
