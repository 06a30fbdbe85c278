import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { PROBE_PATHS } from '@vigil/types';
import type { FastifyInstance } from 'fastify';

const PROBE_ROUTES = new Set<string>(Object.values(PROBE_PATHS));

/**
 * Probe requests are not request-logged: kubelets and load balancers send them every
 * few seconds per pod, and at LOG_LEVEL=info the two log lines per request cost about
 * as much as answering it. A failing readiness check is still logged by terminus (once
 * per cache TTL). Fastify copies route options when a route is added, and Nest adds
 * routes during `init()`, after providers are built: hence the hook in the constructor.
 */
@Injectable()
export class ProbeRequestLogging {
  constructor(host: HttpAdapterHost) {
    const server = host.httpAdapter?.getInstance<FastifyInstance>();
    server?.addHook('onRoute', (route) => {
      if (PROBE_ROUTES.has(route.url)) route.logLevel = 'warn';
    });
  }
}
