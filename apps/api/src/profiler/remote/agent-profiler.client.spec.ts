import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '../../config/app-config.js';
import { AgentProfilerClient } from './agent-profiler.client.js';

/** A fake agent on loopback: answers each request with the next scripted reply and records what it received. */
function fakeAgent(reply: (url: string) => { status: number; body: string }) {
  const received: { method?: string; url?: string; authorization?: string; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body });
      const answer = reply(req.url ?? '');
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  return {
    received,
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/vigil`))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const SESSION = {
  id: 'abc',
  type: 'cpu',
  status: 'running',
  label: null,
  instance: 'orders-1',
  samplingIntervalUs: 1000,
  samplingIntervalBytes: null,
  plannedDurationMs: 5000,
  startedAt: '2026-12-04T10:00:00.000Z',
  stoppedAt: null,
  durationMs: null,
  artifact: null,
  reason: null,
};

const clientWith = (agentToken: string | undefined) => new AgentProfilerClient({ targets: { agentToken } } as unknown as AppConfig);

describe('AgentProfilerClient', () => {
  let agent: ReturnType<typeof fakeAgent> | undefined;
  afterEach(async () => {
    await agent?.close();
    agent = undefined;
  });

  it('posts the input with the agent token to the control prefix and parses the session', async () => {
    agent = fakeAgent(() => ({ status: 201, body: JSON.stringify(SESSION) }));
    const url = await agent.start();
    await expect(clientWith('t'.repeat(16)).start(url, { type: 'cpu', durationMs: 5000 })).resolves.toEqual(SESSION);
    expect(agent.received).toEqual([{ method: 'POST', url: '/vigil/profiler/sessions', authorization: `Bearer ${'t'.repeat(16)}`, body: '{"type":"cpu","durationMs":5000}' }]);
  });

  it.each([
    [409, '{"statusCode":409,"error":"Conflict","message":"a cpu profile is already running"}', 'CONFLICT', 'the agent refused: a cpu profile is already running'],
    [404, '{"statusCode":404,"error":"Not Found","message":"no session abc"}', 'NOT_FOUND', 'the agent does not know the session: no session abc'],
    [401, '{"statusCode":401,"error":"Unauthorized","message":"no"}', 'BAD_GATEWAY', "refused the server's AGENT_TOKEN (401): the two must match"],
    [500, 'oops', 'BAD_GATEWAY', 'failed: HTTP 500'],
    [200, '{"id":1}', 'BAD_GATEWAY', 'answered GET /profiler/sessions/abc out of contract'],
  ])('maps an agent answering %i with %s to %s', async (status, body, code, message) => {
    agent = fakeAgent(() => ({ status, body }));
    const url = await agent.start();
    const error = await clientWith('t'.repeat(16)).get(url, 'abc').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toContain(message);
  });

  it('names an agent that cannot be reached, and refuses to call without AGENT_TOKEN', async () => {
    agent = fakeAgent(() => ({ status: 200, body: '{}' }));
    const url = await agent.start();
    await agent.close();
    agent = undefined;
    await expect(clientWith('t'.repeat(16)).get(url, 'abc')).rejects.toMatchObject({ code: 'BAD_GATEWAY', message: `the agent at ${url} could not be reached (ECONNREFUSED)` });
    await expect(clientWith(undefined).get(url, 'abc')).rejects.toMatchObject({ code: 'CONFLICT', message: 'remote profiling needs AGENT_TOKEN on the server: agents accept only that token' });
  });
});
