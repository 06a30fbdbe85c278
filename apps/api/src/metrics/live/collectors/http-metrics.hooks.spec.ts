import Fastify, { type FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import { loadConfig } from '../../../config/app-config.js';
import { LiveMetrics } from '../live-metrics.js';
import { HttpMetricsHooks, methodLabel, routeLabel } from './http-metrics.hooks.js';

describe('label functions', () => {
  it('keeps the usual methods and folds the rest into OTHER', () => {
    expect(['GET', 'POST', 'DELETE', 'OPTIONS'].map(methodLabel)).toEqual(['GET', 'POST', 'DELETE', 'OPTIONS']);
    expect(['PROPFIND', 'BREW', 'get'].map(methodLabel)).toEqual(['OTHER', 'OTHER', 'OTHER']);
  });

  it('uses the route template, or one value for no route', () => {
    expect(routeLabel('/api/v1/alerts/:id')).toBe('/api/v1/alerts/:id');
    expect(routeLabel(undefined)).toBe('<unmatched>');
  });
});

describe('HttpMetricsHooks', () => {
  let registry: Registry;
  let server: FastifyInstance;

  async function serverWith(
    overrides: Record<string, string>,
    handler: () => Promise<unknown> = async () => ({ ok: true }),
  ): Promise<FastifyInstance> {
    const hooks = new HttpMetricsHooks(new LiveMetrics(registry), loadConfig(overrides));
    const app = Fastify();
    hooks.attach(app);
    app.get('/items/:id', handler);
    app.get('/boom', async () => {
      throw new Error('boom');
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    return app;
  }

  /** Real HTTP rather than `inject`, whose cookie dependency Jest cannot load. */
  async function get(path: string): Promise<void> {
    const { port } = server.server.address() as { port: number };
    await (await fetch(`http://127.0.0.1:${port}${path}`)).arrayBuffer();
  }

  async function values(name: string) {
    return (await registry.getSingleMetric(name)?.get())?.values ?? [];
  }

  beforeEach(() => {
    registry = new Registry();
  });
  afterEach(() => server.close());

  describe('attach', () => {
    it('counts requests under their route template with method and status class', async () => {
      server = await serverWith({});
      await get('/items/1');
      await get('/items/2?x=1');
      await get('/boom');
      await get('/nowhere/at/all');
      expect(await values('vigil_http_requests_total')).toEqual([
        { labels: { method: 'GET', route: '/items/:id', status_class: '2xx' }, value: 2 },
        { labels: { method: 'GET', route: '/boom', status_class: '5xx' }, value: 1 },
        { labels: { method: 'GET', route: '<unmatched>', status_class: '4xx' }, value: 1 },
      ]);
      const counts = (await values('vigil_http_request_duration_seconds')).filter(
        (v) => (v as { metricName?: string }).metricName === 'vigil_http_request_duration_seconds_count',
      );
      expect(counts.map((v) => [v.labels.route, v.value])).toEqual([
        ['/items/:id', 2],
        ['/boom', 1],
        ['<unmatched>', 1],
      ]);
    });

    it('shows requests in flight and returns to zero once they are answered', async () => {
      let inFlightDuring = -1;
      server = await serverWith({}, async () => {
        inFlightDuring = (await values('vigil_http_requests_in_flight'))[0]?.value ?? -1;
        return 'done';
      });
      await get('/items/1');
      expect(inFlightDuring).toBe(1);
      expect((await values('vigil_http_requests_in_flight'))[0]?.value).toBe(0);
    });

    it('adds no hooks when METRICS_HTTP_ENABLED is false', async () => {
      server = await serverWith({ METRICS_HTTP_ENABLED: 'false' });
      await get('/items/1');
      expect(await values('vigil_http_requests_total')).toEqual([]);
    });
  });
});
