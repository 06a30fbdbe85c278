import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error.js';
import { bearsToken, tokenDigest } from '../../common/http/bearer-token.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/** When METRICS_TOKEN is set, `GET /metrics` needs it as a bearer token. */
@Injectable()
export class MetricsTokenGuard implements CanActivate {
  private readonly expected: Buffer | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.expected = config.metrics.token === undefined ? undefined : tokenDigest(config.metrics.token);
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.expected === undefined) return true;
    const http = context.switchToHttp();
    if (bearsToken(http.getRequest<FastifyRequest>().headers.authorization, this.expected)) return true;
    void http.getResponse<FastifyReply>().header('www-authenticate', 'Bearer realm="metrics"');
    throw new AppError('UNAUTHORIZED', 'metrics: a valid bearer token is required in the Authorization header');
  }
}
