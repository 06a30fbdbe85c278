import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LivenessReport, ReadinessReport } from '@vigil/types';

/** What the fast path needs from readiness: its cached, successful outcome. */
export interface CachedReadiness {
  cachedReport(): ReadinessReport | undefined;
}

const MAX_REQUEST_ID_LENGTH = 128;

/**
 * Answers the probes Kubernetes and load balancers send every few seconds before the
 * request reaches Fastify's routing, hooks and Nest's pipeline, which otherwise cost
 * about twice the CPU of the answer itself. Only plain GETs without an `Origin`
 * (no browser, so no CORS to apply) take it: liveness always, readiness when a ready
 * outcome is cached. Everything else, including every not-ready answer, goes the
 * normal way. Probes answered here are not counted in the HTTP metrics.
 */
export class ProbeFastPath {
  private readiness: CachedReadiness | undefined;

  bindReadiness(readiness: CachedReadiness): void {
    this.readiness = readiness;
  }

  /** Answers the request and returns true, or returns false to pass it on. */
  tryAnswer(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== 'GET' || request.headers.origin !== undefined) return false;
    if (request.url === '/health/live') {
      const body: LivenessReport = { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
      return this.send(request, response, body);
    }
    if (request.url === '/health/ready') {
      const report = this.readiness?.cachedReport();
      return report ? this.send(request, response, report) : false;
    }
    return false;
  }

  private send(request: IncomingMessage, response: ServerResponse, body: LivenessReport | ReadinessReport): boolean {
    const given = request.headers['x-request-id'];
    const requestId = typeof given === 'string' && given.length <= MAX_REQUEST_ID_LENGTH ? given : randomUUID();
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId });
    response.end(JSON.stringify(body));
    return true;
  }
}
