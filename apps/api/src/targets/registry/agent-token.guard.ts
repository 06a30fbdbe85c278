import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error.js';
import { bearsToken, tokenDigest } from '../../common/http/bearer-token.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/**
 * Heartbeats register a URL the server will then fetch, so they need the agent token
 * (AGENT_TOKEN). Without one configured, registration is off and every heartbeat is refused.
 */
@Injectable()
export class AgentTokenGuard implements CanActivate {
  private readonly expected: Buffer | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.expected = config.targets.agentToken === undefined ? undefined : tokenDigest(config.targets.agentToken);
  }

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    if (this.expected === undefined) {
      throw new AppError('UNAUTHORIZED', 'heartbeat: agent registration is off on this server (AGENT_TOKEN is not set)');
    }
    if (bearsToken(http.getRequest<FastifyRequest>().headers.authorization, this.expected)) return true;
    void http.getResponse<FastifyReply>().header('www-authenticate', 'Bearer realm="agents"');
    throw new AppError('UNAUTHORIZED', 'heartbeat: the agent token is required as a bearer token in the Authorization header');
  }
}
