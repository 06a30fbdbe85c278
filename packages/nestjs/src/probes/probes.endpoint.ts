import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { AgentRoutes, type AgentReply } from '../http/agent-routes.js';
import type { ResolvedVigilOptions } from '../options/resolved-options.js';
import { VIGIL_OPTIONS } from '../vigil.tokens.js';
import { ProbeChecks, type ProbeOutcome } from './probe-checks.js';

const reply = (outcome: ProbeOutcome): AgentReply => ({ status: outcome.status, body: outcome.body });

/** `GET /health/live`, `/health/ready`, `/health/startup`: public, as Kubernetes calls them. */
@Injectable()
export class ProbesEndpoint implements OnModuleInit {
  constructor(
    private readonly routes: AgentRoutes,
    private readonly checks: ProbeChecks,
    @Inject(VIGIL_OPTIONS) private readonly options: ResolvedVigilOptions,
  ) {}

  onModuleInit(): void {
    const probes = this.options.probes;
    if (!probes || !this.routes.isAvailable) return;
    this.routes.get(probes.livePath, async () => reply(await this.checks.live()));
    this.routes.get(probes.readyPath, async () => reply(await this.checks.ready()));
    this.routes.get(probes.startupPath, async () => reply(await this.checks.startup()));
  }
}
