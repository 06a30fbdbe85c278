import { createReadStream } from 'node:fs';
import { Inject, Injectable, StreamableFile, type OnModuleInit } from '@nestjs/common';
import { AGENT_CONTROL_PATHS } from '@vigil/types';
import { unauthorized } from '../http/agent-error.js';
import { AgentRoutes, type AgentHandler, type AgentReply, type AgentRequest } from '../http/agent-routes.js';
import { BearerTokenCheck } from '../http/bearer-token.js';
import type { ResolvedVigilOptions } from '../options/resolved-options.js';
import { VIGIL_OPTIONS } from '../vigil.tokens.js';
import { ProfilingSessions } from './profiling-sessions.js';

/**
 * The profiler control endpoints under the control prefix. Each accepts the agent token
 * only, checked before anything else is read, so a wrong token starts nothing.
 */
@Injectable()
export class ProfilerEndpoint implements OnModuleInit {
  constructor(
    private readonly routes: AgentRoutes,
    private readonly sessions: ProfilingSessions,
    @Inject(VIGIL_OPTIONS) private readonly options: ResolvedVigilOptions,
  ) {}

  onModuleInit(): void {
    const profiler = this.options.profiler;
    if (!profiler || !this.routes.isAvailable) return;
    const tokenCheck = new BearerTokenCheck(profiler.token);
    const guarded =
      (handler: AgentHandler): AgentHandler =>
      (request) => {
        if (!tokenCheck.accepts(request.headers.authorization)) throw unauthorized('profiler', 'vigil');
        return handler(request);
      };
    const at = (path: string) => `${profiler.prefix}${path}`;
    this.routes.get(at(AGENT_CONTROL_PATHS.profiler), guarded(() => ({ status: 200, body: this.sessions.status() })));
    this.routes.post(at(AGENT_CONTROL_PATHS.sessions), guarded(async (request) => ({ status: 201, body: await this.sessions.start(request.body) })));
    this.routes.get(at(AGENT_CONTROL_PATHS.session), guarded((request) => ({ status: 200, body: this.sessions.get(idOf(request)) })));
    this.routes.post(at(AGENT_CONTROL_PATHS.stop), guarded(async (request) => ({ status: 200, body: await this.sessions.stop(idOf(request)) })));
    this.routes.get(at(AGENT_CONTROL_PATHS.artifact), guarded((request) => this.download(idOf(request))));
  }

  private download(id: string): AgentReply {
    const artifact = this.sessions.artifact(id);
    const file = new StreamableFile(createReadStream(artifact.path), {
      type: artifact.contentType,
      disposition: `attachment; filename="${artifact.fileName}"`,
      length: artifact.bytes,
    });
    return { status: 200, body: file };
  }
}

const idOf = (request: AgentRequest) => request.params.id ?? '';
