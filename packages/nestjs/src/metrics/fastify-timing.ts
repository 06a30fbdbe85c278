import type { RequestTiming } from './request-timing.js';

interface FastifyRequest {
  method: string;
  /** The route as declared (`/items/:id`); undefined when no route matched. */
  routeOptions?: { url?: string };
}

interface FastifyReply {
  statusCode: number;
  /** Milliseconds since Fastify received the request. */
  elapsedTime: number;
}

export interface FastifyApp {
  addHook(name: 'onResponse', hook: (request: FastifyRequest, reply: FastifyReply, done: () => void) => void): unknown;
}

/**
 * Fastify copies its hooks into each route as the route is added, so this runs before
 * Nest registers the app's routes (see HttpInstrumentation). `onResponse` also runs for
 * the not-found handler, with no route.
 */
export function timeFastifyRequests(app: FastifyApp, record: RequestTiming): void {
  app.addHook('onResponse', (request, reply, done) => {
    record(request.method, request.routeOptions?.url, reply.statusCode, reply.elapsedTime / 1_000);
    done();
  });
}
