import type { RequestTiming } from './request-timing.js';

interface ExpressRequest {
  method: string;
  /** Set by Express once a route matched, to the route as declared (`/items/:id`). */
  route?: { path?: unknown };
}

interface ExpressResponse {
  statusCode: number;
  once(event: 'finish', listener: () => void): unknown;
}

export interface ExpressApp {
  use(middleware: (req: ExpressRequest, res: ExpressResponse, next: () => void) => void): unknown;
}

/**
 * A middleware ahead of Nest's body parsers and routes times each request to its last
 * byte; the route is read when the response finishes, because Express only knows it
 * once a route matched. Requests that end without finishing (the client went away)
 * are not recorded: no status was sent.
 */
export function timeExpressRequests(app: ExpressApp, record: RequestTiming): void {
  app.use((req, res, next) => {
    const startedAt = performance.now();
    res.once('finish', () => {
      const route = typeof req.route?.path === 'string' ? req.route.path : undefined;
      record(req.method, route, res.statusCode, (performance.now() - startedAt) / 1_000);
    });
    next();
  });
}
