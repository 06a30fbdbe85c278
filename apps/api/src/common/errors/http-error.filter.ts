import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { ErrorBody } from '@vigil/types';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailableReason } from './database-unavailable.js';
import { toProbeComponents } from './probe-components.js';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Terminus' failure body: `{ status: 'error', details: { name: { status, ...data } } }`. */
interface TerminusFailure {
  status: string;
  details: Record<string, unknown>;
}

function isTerminusFailure(value: unknown): value is TerminusFailure {
  return typeof value === 'object' && value !== null && 'status' in value && 'details' in value;
}

function reason(status: number): string {
  return REASONS[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/** A failed readiness check: a message naming each failing component, and all of them. */
function fromTerminus(failure: TerminusFailure): Pick<ErrorBody, 'message' | 'details'> {
  const components = toProbeComponents(failure.details);
  const failing = Object.entries(components)
    .filter(([, c]) => c.status === 'down')
    .map(([name, c]) => (c.message ? `${name} (${c.message})` : name));
  return {
    message: `not ready: ${failing.join(', ') || 'unknown component'} down`,
    details: { components },
  };
}

/**
 * The routes of Alertmanager's API v2 that Vigil serves for amtool and Grafana, whose spec
 * says an error is a string. `POST /api/v2/alerts` keeps Vigil's body: Prometheus ignores
 * it, and its 400s name each field at fault.
 */
function hasAlertmanagerErrors(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  if (!path.startsWith('/api/v2/')) return false;
  return !(request.method === 'POST' && path === '/api/v2/alerts');
}

/**
 * Maps every error to one body shape (on Alertmanager's routes, its message alone). The database being unreachable is a 503 with
 * Retry-After; other unknown errors become a logged, sanitised 500.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const body = this.bodyOf(exception, request);
    if (body.details?.dependency === 'database') void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    // Alertmanager's clients (amtool, Grafana) decode its error shape: the message alone, a JSON string.
    const payload = hasAlertmanagerErrors(request) ? JSON.stringify(body.message) : body;
    reply.status(body.statusCode).header('content-type', 'application/json').send(payload);
  }

  private bodyOf(exception: unknown, request: FastifyRequest): ErrorBody {
    if (exception instanceof AppError) {
      return {
        statusCode: exception.status,
        error: reason(exception.status),
        message: exception.message,
        ...(exception.fields ? { details: { fields: exception.fields } } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (isTerminusFailure(response)) {
        return { statusCode: status, error: reason(status), ...fromTerminus(response) };
      }
      const message =
        typeof response === 'string'
          ? response
          : (response as { message?: unknown }).message ?? exception.message;
      return {
        statusCode: status,
        error: reason(status),
        message: Array.isArray(message) ? message.join('; ') : String(message),
      };
    }
    // Fastify's own errors (bad JSON, body too large, wrong content type) carry a 4xx.
    const fastifyStatus = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return {
        statusCode: fastifyStatus,
        error: reason(fastifyStatus),
        message: (exception as Error).message,
      };
    }
    const unavailable = databaseUnavailableReason(exception);
    if (unavailable !== undefined) {
      this.logger.warn(`Database unavailable on ${request.method} ${request.url} (request ${request.id}): ${unavailable}`);
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: reason(503),
        message: `the database is unavailable: ${unavailable}`,
        details: { dependency: 'database' },
      };
    }
    this.logger.error(
      `Unhandled error on ${request.method} ${request.url} (request ${request.id})`,
      exception instanceof Error ? exception.stack : String(exception),
    );
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: reason(500),
      message: `internal error (request id ${request.id})`,
    };
  }
}
