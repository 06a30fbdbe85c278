import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { unauthorized } from '../http/agent-error.js';
import { AgentRoutes, type AgentReply, type AgentRequest } from '../http/agent-routes.js';
import { BearerTokenCheck } from '../http/bearer-token.js';
import type { ResolvedVigilOptions } from '../options/resolved-options.js';
import { VIGIL_OPTIONS, VIGIL_REGISTRY } from '../vigil.tokens.js';
import { renderScrape } from './scrape-format.js';

/** `GET /metrics`: the module's registry, as Prometheus text or OpenMetrics; optionally behind a token. */
@Injectable()
export class MetricsEndpoint implements OnModuleInit {
  private readonly tokenCheck: BearerTokenCheck | undefined;

  constructor(
    private readonly routes: AgentRoutes,
    @Inject(VIGIL_REGISTRY) private readonly registry: Registry,
    @Inject(VIGIL_OPTIONS) private readonly options: ResolvedVigilOptions,
  ) {
    const token = options.metrics?.token;
    this.tokenCheck = token ? new BearerTokenCheck(token) : undefined;
  }

  onModuleInit(): void {
    const metrics = this.options.metrics;
    if (metrics && this.routes.isAvailable) this.routes.get(metrics.path, (request) => this.scrape(request));
  }

  async scrape(request: AgentRequest): Promise<AgentReply> {
    if (this.tokenCheck && !this.tokenCheck.accepts(request.headers.authorization)) throw unauthorized('metrics', 'metrics');
    const accept = request.headers.accept;
    const page = await renderScrape(this.registry, Array.isArray(accept) ? accept.join(',') : accept);
    return { status: 200, body: page.body, headers: { 'content-type': page.contentType } };
  }
}
