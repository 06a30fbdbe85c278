import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The built API (`npm test` builds before it runs Jest). */
export const API_MAIN = join(__dirname, '..', '..', 'dist', 'main.js');

export function assertApiBuilt(): void {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run "npm run build" first`);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface ApiProcess {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  /** Resolves with the exit code, or the signal's name when a signal ended it. */
  exited: Promise<number | string | null>;
}

/** Starts `node dist/main.js` with exactly the environment given (plus PATH). */
export function startApiProcess(env: Record<string, string>): ApiProcess {
  assertApiBuilt();
  const child = spawn(process.execPath, [API_MAIN], {
    // No default rules: a spawned API sharing the test database would seed them for every test.
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ALERT_SEED_DEFAULT_RULES: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  return { child, baseUrl: `http://127.0.0.1:${env.PORT ?? '3001'}`, output: () => output, exited };
}

/** Polls until `url` answers `status`, or fails after `timeoutMs`. */
export async function waitForStatus(url: string, status: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.status === status) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms (last: ${last})`);
}
