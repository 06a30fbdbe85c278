import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '../../../..');
export const API_ENTRY = join(REPO_ROOT, 'apps/api/dist/main.js');
export const WEB_ENTRY = join(REPO_ROOT, 'apps/web/.next/standalone/apps/web/server.js');
/** The demo service (a NestJS app importing @vigil/nestjs), started by the specs that need an agent. */
export const DEMO_ENTRY = join(REPO_ROOT, 'apps/demo/dist/main.js');
/**
 * The API's AGENT_TOKEN: an agent registers, and accepts profiling calls, only with it, so
 * a spec's agent is given the same one (the API wants at least 16 characters).
 */
export const AGENT_TOKEN = 'vigil-browser-tests-agent-token';
const START_TIMEOUT_MS = 60_000;

export interface Stack {
  apiUrl: string;
  webUrl: string;
  dataDir: string;
  /** Stops the API only (the web server keeps serving the page). */
  stopApi: () => Promise<void>;
  stop: () => Promise<void>;
}

export function missingBuilds(): string[] {
  return [API_ENTRY, WEB_ENTRY, DEMO_ENTRY].filter((entry) => !existsSync(entry));
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no TCP port was assigned');
  return address.port;
}

export function startProcess(name: string, entry: string, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => {
    // The last few kilobytes are enough to explain a failed start.
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('error', (error) => {
    output += `\n[${name}] ${error.message}`;
  });
  return { child, output: () => output };
}

export async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      lastProblem = `status ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} was not ready within ${START_TIMEOUT_MS} ms (${lastProblem}):\n${output()}`);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The built API on its embedded database (own DATA_DIR) and the built standalone web
 * server pointed at it, on free loopback ports.
 */
export async function startStack(extraApiEnv: NodeJS.ProcessEnv = {}): Promise<Stack> {
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-browser-'));
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...inherited } = process.env;

  const api = startProcess('api', API_ENTRY, {
    ...inherited,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    DATA_DIR: dataDir,
    SHUTDOWN_DRAIN_MS: '0',
    CORS_ORIGINS: webUrl,
    LOG_LEVEL: 'warn',
    // Short intervals so charts and timelines have points within seconds.
    COLLECT_INTERVAL_MS: '1000',
    HEALTH_INTERVAL_MS: '2000',
    AGENT_TOKEN,
    ...extraApiEnv,
  });
  const web = startProcess('web', WEB_ENTRY, {
    ...inherited,
    NODE_ENV: 'production',
    PORT: String(webPort),
    HOSTNAME: '127.0.0.1',
    VIGIL_API_URL: apiUrl,
  });

  const stop = async () => {
    await Promise.all([stopProcess(web.child), stopProcess(api.child)]);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await Promise.all([waitFor(`${apiUrl}/health/startup`, api.child, api.output), waitFor(`${webUrl}/settings`, web.child, web.output)]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, webUrl, dataDir, stopApi: () => stopProcess(api.child), stop };
}
