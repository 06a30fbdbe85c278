import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReadinessReport } from '@vigil/types';
import { ProbeFastPath } from './probe-fast-path.js';

describe('ProbeFastPath', () => {
  let server: Server;
  let base: string;
  let cached: ReadinessReport | undefined;
  const fastPath = new ProbeFastPath();
  fastPath.bindReadiness({ cachedReport: () => cached });

  beforeAll(async () => {
    // Requests the fast path passes on get 418, so a test can tell the two apart.
    server = createServer((req, res) => {
      if (!fastPath.tryAnswer(req, res)) res.writeHead(418).end('pipeline');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers liveness itself, with a request id', async () => {
    const res = await fetch(`${base}/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', uptimeSeconds: expect.any(Number) });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${base}/health/live`, { headers: { 'x-request-id': 'probe-1' } });
    expect(kept.headers.get('x-request-id')).toBe('probe-1');
  });

  it('answers readiness only while a ready outcome is cached', async () => {
    cached = undefined;
    expect((await fetch(`${base}/health/ready`)).status).toBe(418);
    cached = { status: 'ok', components: { database: { status: 'up', responseTimeMs: 1 } } };
    const res = await fetch(`${base}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(cached);
  });

  it('passes on browsers (CORS applies), other methods and other paths', async () => {
    expect((await fetch(`${base}/health/live`, { headers: { origin: 'http://localhost:3000' } })).status).toBe(418);
    expect((await fetch(`${base}/health/live`, { method: 'POST' })).status).toBe(418);
    expect((await fetch(`${base}/health/live?x=1`)).status).toBe(418);
    expect((await fetch(`${base}/api/v1/health`)).status).toBe(418);
  });
});
