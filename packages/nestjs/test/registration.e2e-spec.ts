import { AgentHeartbeat } from '@vigil/types';
import { FakeVigilServer } from './support/fake-vigil-server.js';
import { ADAPTERS, startApp } from './support/test-app.js';

const TOKEN = 'agent-token';

describe.each(ADAPTERS)('registration on %s', (adapter) => {
  // Closed after each test, also one that failed midway, so nothing keeps the run alive.
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const resource of opened.splice(0).reverse()) await resource.close();
  });
  const fakeServer = async (answer: number | 'hold') => {
    const server = new FakeVigilServer(answer);
    opened.push(server);
    return { server, serverUrl: await server.start() };
  };
  const app = async (...args: Parameters<typeof startApp>) => {
    const t = await startApp(...args);
    opened.push(t);
    return t;
  };

  it('posts heartbeats the contract accepts, with the agent token, every interval', async () => {
    const { server, serverUrl } = await fakeServer(204);
    const t = await app(adapter, {
      service: 'shop',
      version: '1.4.2',
      serverUrl,
      token: TOKEN,
      metrics: { token: 'scrape-token' },
      probes: { drainDelayMs: 0 },
      registration: { intervalMs: 50 },
    });
    const [first, second] = [await server.nth(1), await server.nth(2)];
    expect(first.method).toBe('POST');
    expect(first.url).toBe('/api/v1/targets/heartbeat');
    expect(first.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(first.headers['content-type']).toBe('application/json');
    const body = AgentHeartbeat.parse(JSON.parse(first.body));
    expect(body).toEqual({
      service: 'shop',
      instanceId: expect.stringMatching(/:\d+$/),
      version: '1.4.2',
      baseUrl: t.url,
      metricsUrl: `${t.url}/metrics`,
      metricsTokenRequired: true,
      readinessUrl: `${t.url}/health/ready`,
      pid: process.pid,
      host: expect.any(String),
      startedAt: expect.any(String),
      controlPrefix: '/vigil',
      intervalMs: 50,
    });
    expect(AgentHeartbeat.parse(JSON.parse(second.body))).toEqual(body);
  });

  it('keeps serving while a heartbeat hangs, then gives it up and retries', async () => {
    const { server, serverUrl } = await fakeServer('hold');
    const t = await app(adapter, {
      service: 'shop',
      serverUrl,
      token: TOKEN,
      advertiseUrl: 'http://shop.internal:8080/',
      probes: { drainDelayMs: 0 },
      registration: { timeoutMs: 1_500, initialRetryDelayMs: 10, maxRetryDelayMs: 20 },
    });
    const held = await server.nth(1);
    const item = await fetch(`${t.url}/items/7`);
    expect(item.status).toBe(200);
    expect((await fetch(`${t.url}/health/ready`)).status).toBe(200);
    // The app answered both while the server still held the heartbeat open.
    expect(held.isOpen()).toBe(true);

    const retry = await server.nth(2);
    expect(held.isOpen()).toBe(false);
    expect(AgentHeartbeat.parse(JSON.parse(retry.body))).toMatchObject({
      baseUrl: 'http://shop.internal:8080/',
      metricsUrl: 'http://shop.internal:8080/metrics',
      metricsTokenRequired: false,
      controlPrefix: '/vigil',
    });
  });

  it('retries with backoff after a server error', async () => {
    const { server, serverUrl } = await fakeServer(503);
    await app(adapter, {
      service: 'shop',
      serverUrl,
      token: TOKEN,
      probes: { drainDelayMs: 0 },
      // An interval no test waits for: the later requests can only be retries.
      registration: { intervalMs: 3_600_000, initialRetryDelayMs: 5, maxRetryDelayMs: 10 },
    });
    await server.nth(3);
    expect(server.received.every((request) => request.url === '/api/v1/targets/heartbeat')).toBe(true);
  });
});
