import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorBody, ReadinessReport, Setting } from '@vigil/types';
import { thresholdRule } from './alerts/alert-rule.fixture';
import { ApiClient, ApiError, ApiUnreachableError } from './api-client';
import { agentTarget, remoteSession } from './profiling/profiling-session.fixture';
import { downTarget } from './targets/scrape-target.fixture';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A real HTTP server on a free port, answering whatever the current test sets in `handle`. */
class CannedApi {
  handle: Handler = (_request, response) => response.writeHead(500).end();
  private readonly server: Server = createServer((request, response) => this.handle(request, response));
  private readonly hung = new Set<ServerResponse>();

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  json(status: number, body: unknown): Handler {
    return (_request, response) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
  }

  /** Accepts the request and never answers, like an API stuck on a dead database. */
  silent(): Handler {
    return (_request, response) => this.hung.add(response);
  }

  async stop(): Promise<void> {
    for (const response of this.hung) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }
}

/** A port that was listening a moment ago and is closed now, so connecting is refused. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const TIMEOUT_MS = 200;

describe('ApiClient', () => {
  const api = new CannedApi();
  let client: ApiClient;

  beforeAll(async () => {
    client = new ApiClient({ baseUrl: `${await api.start()}/`, timeoutMs: TIMEOUT_MS });
  });

  afterAll(() => api.stop());

  describe('health.getReadiness', () => {
    it('returns ready with every component when the API answers 200', async () => {
      const report: ReadinessReport = {
        status: 'ok',
        components: {
          database: { status: 'up', responseTimeMs: 3 },
          cache: { status: 'up', responseTimeMs: 1 },
        },
      };
      let requestedPath: string | undefined;
      api.handle = (request, response) => {
        requestedPath = request.url;
        api.json(200, report)(request, response);
      };

      const result = await client.health.getReadiness();

      expect(requestedPath).toBe('/health/ready');
      expect(result).toEqual({ ready: true, report });
    });

    it('returns not ready with the message when the API answers 503 with an error body', async () => {
      const body: ErrorBody = {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'not ready: database (timeout) down',
        details: { components: { database: { status: 'down', message: 'timeout' }, cache: { status: 'up' } } },
      };
      api.handle = api.json(503, body);

      const result = await client.health.getReadiness();

      expect(result.ready).toBe(false);
      if (result.ready) throw new Error('expected a not-ready result');
      expect(result.error.message).toBe('not ready: database (timeout) down');
      expect(result.error.details?.components?.database?.status).toBe('down');
    });

    it('throws an ApiError when a 503 carries no error body', async () => {
      api.handle = (_request, response) => response.writeHead(503, { 'content-type': 'text/plain' }).end('busy');

      await expect(client.health.getReadiness()).rejects.toMatchObject({ name: 'ApiError', kind: 'http', status: 503, body: null });
    });

    it('throws an ApiUnreachableError once the timeout passes without an answer', async () => {
      api.handle = api.silent();
      const startedAt = Date.now();

      const error = await client.health.getReadiness().catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(ApiUnreachableError);
      expect((error as ApiUnreachableError).kind).toBe('unreachable');
      expect((error as ApiUnreachableError).message).toContain(`within ${TIMEOUT_MS} ms`);
      const elapsed = Date.now() - startedAt;
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
      expect(elapsed).toBeLessThan(TIMEOUT_MS + 1_000);
    });
  });

  describe('settings.list', () => {
    it('throws an ApiUnreachableError when nothing listens on the port', async () => {
      const unreachable = new ApiClient({ baseUrl: await closedPortUrl(), timeoutMs: TIMEOUT_MS });

      const error = await unreachable.settings.list().catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(ApiUnreachableError);
      expect(error).toMatchObject({ kind: 'unreachable' });
    });
  });

  describe('settings.update', () => {
    it('sends the value as JSON and returns the stored setting', async () => {
      const stored: Setting = {
        key: 'ui.serviceName',
        value: 'checkout',
        isDefault: false,
        updatedAt: '2026-01-01T00:00:00.000Z',
        definition: { key: 'ui.serviceName', type: 'string', default: 'vigil', maxLength: 64, description: 'Name' },
      };
      let received: { method?: string; url?: string; body: string } = { body: '' };
      api.handle = (request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          received = { method: request.method, url: request.url, body };
          api.json(200, stored)(request, response);
        });
      };

      await expect(client.settings.update('ui.serviceName', 'checkout')).resolves.toEqual(stored);
      expect(received).toEqual({ method: 'PUT', url: '/api/v1/config/ui.serviceName', body: '{"value":"checkout"}' });
    });

    it('throws an ApiError carrying the field problems when the API answers 400', async () => {
      const body: ErrorBody = {
        statusCode: 400,
        error: 'Bad Request',
        message: 'ui.defaultRefreshSeconds: value must be one of 0, 10, 30, 60',
        details: { fields: [{ field: 'value', problem: 'must be one of 0, 10, 30, 60' }] },
      };
      api.handle = api.json(400, body);

      const error = await client.settings.update('ui.defaultRefreshSeconds', 15).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(ApiError);
      const apiError = error as ApiError;
      expect(apiError.kind).toBe('http');
      expect(apiError.route).toBe('PUT /api/v1/config/ui.defaultRefreshSeconds');
      expect(apiError.status).toBe(400);
      expect(apiError.message).toBe(body.message);
      expect(apiError.body?.details?.fields).toEqual([{ field: 'value', problem: 'must be one of 0, 10, 30, 60' }]);
      expect(apiError.fieldProblems).toEqual(body.details?.fields);
    });
  });

  describe('answers parsed by their schema', () => {
    it('returns the parsed answer: defaults of the contract filled in', async () => {
      api.handle = api.json(200, [thresholdRule]);

      const rules = await client.alertRules.list();

      expect(rules).toEqual([{ ...thresholdRule, query: { ...thresholdRule.query, matchers: {} } }]);
    });

    it('throws a contract mismatch, not an HTTP error, when a field has the wrong type', async () => {
      api.handle = api.json(200, [{ ...thresholdRule, enabled: 'yes' }]);

      const error = await client.alertRules.list().catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({
        kind: 'contract',
        route: 'GET /api/v1/alert-rules',
        status: 200,
        mismatches: [{ field: '[0].enabled', problem: 'must be true or false' }],
      });
      expect((error as ApiError).message).toBe(
        'The API answered in a shape this page does not understand: GET /api/v1/alert-rules [0].enabled: must be true or false. ' +
          'The API and the page may be different versions.',
      );
    });

    it('checks a 200 from the readiness probe against its schema too', async () => {
      api.handle = api.json(200, { status: 'ok', components: { database: { status: 'sideways' } } });

      await expect(client.health.getReadiness()).rejects.toMatchObject({
        kind: 'contract',
        route: 'GET /health/ready',
        mismatches: [{ field: 'components.database.status', problem: 'must be one of up, degraded, down' }],
      });
    });

    it('accepts a 204 from a DELETE that answers with no content', async () => {
      api.handle = (_request, response) => response.writeHead(204).end();

      await expect(client.channels.remove('c1')).resolves.toBeUndefined();
    });
  });

  describe('targets', () => {
    it('sends the filters as the query string and returns the parsed list', async () => {
      let url: string | undefined;
      api.handle = (request, response) => {
        url = request.url;
        api.json(200, [downTarget])(request, response);
      };

      await expect(client.targets.list({ service: 'orders', health: 'down' })).resolves.toEqual([downTarget]);
      expect(url).toBe('/api/v1/targets?service=orders&health=down');
    });

    it("carries the API's field problems of a refused target for the form", async () => {
      const body: ErrorBody = {
        statusCode: 400,
        error: 'Bad Request',
        message: 'url: must be an http:// or https:// URL',
        details: { fields: [{ field: 'url', problem: 'must be an http:// or https:// URL with a host and without credentials (use bearerToken)' }] },
      };
      api.handle = api.json(400, body);

      const error = await client.targets.create({ service: 'orders', url: 'orders:3000' }).catch((caught: unknown) => caught);

      expect(error).toMatchObject({ kind: 'http', route: 'POST /api/v1/targets', status: 400 });
      expect((error as ApiError).fieldProblems).toEqual(body.details?.fields);
    });

    it('deletes by id, expecting no content back', async () => {
      let received: string | undefined;
      api.handle = (request, response) => {
        received = `${request.method} ${request.url}`;
        response.writeHead(204).end();
      };

      await expect(client.targets.remove(downTarget.id)).resolves.toBeUndefined();
      expect(received).toBe(`DELETE /api/v1/targets/${downTarget.id}`);
    });
  });

  describe('profiler sessions of another process', () => {
    const demo = agentTarget('0b7c6d1e-3f4a-4b5c-8d9e-0f1a2b3c4d5f', 'demo', 'host-a:4242');

    it('sends the target with the session and filters the list by it', async () => {
      const received: string[] = [];
      api.handle = (request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          received.push(`${request.method} ${request.url} ${body}`);
          const session = remoteSession('s-1', demo);
          api.json(request.method === 'POST' ? 201 : 200, request.method === 'POST' ? session : { items: [session], total: 1, limit: 20, offset: 0 })(request, response);
        });
      };

      await expect(client.profiler.startSession({ type: 'cpu', durationMs: 2_000, target: demo.id })).resolves.toMatchObject({ target: { service: 'demo' } });
      await client.profiler.listSessions({ limit: 20, target: demo.id });
      expect(received).toEqual([
        `POST /api/v1/profiler/sessions {"type":"cpu","durationMs":2000,"target":"${demo.id}"}`,
        `GET /api/v1/profiler/sessions?limit=20&target=${demo.id} `,
      ]);
    });

    it("carries the agent's refusal as the error's message, for the form to show", async () => {
      const body: ErrorBody = { statusCode: 409, error: 'Conflict', message: 'the agent refused: a profiling session is already running in this process: "x"' };
      api.handle = api.json(409, body);

      const error = await client.profiler.startSession({ type: 'cpu', target: demo.id }).catch((caught: unknown) => caught);

      expect(error).toMatchObject({ kind: 'http', status: 409, message: body.message });
    });
  });
});
