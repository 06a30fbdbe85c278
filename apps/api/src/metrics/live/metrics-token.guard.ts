import { createHash, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

// Hashing first gives both sides one length, so the comparison time says nothing about the token.
const digest = (value: string) => createHash('sha256').update(value).digest();

/** `Authorization: Bearer <token>` → the token; the scheme is case-insensitive (RFC 7235). */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** When METRICS_TOKEN is set, `GET /metrics` needs it as a bearer token. */
@Injectable()
export class MetricsTokenGuard implements CanActivate {
  private readonly expected: Buffer | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.expected = config.metrics.token === undefined ? undefined : digest(config.metrics.token);
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.expected === undefined) return true;
    const http = context.switchToHttp();
    const presented = bearerToken(http.getRequest<FastifyRequest>().headers.authorization);
    if (presented !== undefined && timingSafeEqual(digest(presented), this.expected)) return true;
    void http.getResponse<FastifyReply>().header('www-authenticate', 'Bearer realm="metrics"');
    throw new AppError('UNAUTHORIZED', 'metrics: a valid bearer token is required in the Authorization header');
  }
}
