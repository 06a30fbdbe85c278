import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** The methods that change something: what a write route is. */
export const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** One route as Fastify serves it, e.g. `PUT /api/v1/alert-rules/:id`. */
export interface ServedRoute {
  method: string;
  path: string;
}

export const routeName = (route: ServedRoute): string => `${route.method} ${route.path}`;

// `│   ├── /:id (GET, HEAD, PUT, DELETE)`: four characters of tree per level, then the
// path relative to the parent node and the methods served there, if any.
const LINE = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/;

/**
 * Every route the running app serves, read from Fastify's own route tree: the paths
 * after Nest applied its global prefix and exclusions, so nothing is listed by hand.
 */
export function servedRoutes(app: NestFastifyApplication): ServedRoute[] {
  const tree = app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
  const ancestors: string[] = [];
  const routes: ServedRoute[] = [];
  for (const line of tree.split('\n')) {
    if (line.trim() === '') continue;
    const match = LINE.exec(line);
    if (!match) throw new Error(`unexpected line in Fastify's route tree: ${JSON.stringify(line)}`);
    const [, indent = '', segment = '', methods] = match;
    const depth = indent.length / 4;
    ancestors.length = depth;
    ancestors.push(segment);
    const path = ancestors.join('');
    for (const method of methods?.split(', ') ?? []) routes.push({ method, path });
  }
  if (routes.length === 0) throw new Error(`no routes read from Fastify's route tree:\n${tree}`);
  return routes;
}

/** The served routes that write: POST, PUT, PATCH and DELETE. */
export function servedWriteRoutes(app: NestFastifyApplication): ServedRoute[] {
  return servedRoutes(app)
    .filter((route) => (WRITE_METHODS as readonly string[]).includes(route.method))
    .sort((a, b) => routeName(a).localeCompare(routeName(b)));
}
