// Shared helpers for the benchmarks: start the built API, run autocannon, print tables.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts the built API on a free port (embedded database in a temp dir unless env says otherwise).
 * `log`: a file for its stdout and stderr (its JSON log); by default stdout is dropped.
 */
export async function startApi(env = {}, { log } = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
  const logFd = log ? openSync(log, 'a') : undefined;
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', SHUTDOWN_DRAIN_MS: '0', NODE_ENV: 'production', ...env },
    stdio: logFd === undefined ? ['ignore', 'ignore', 'inherit'] : ['ignore', logFd, logFd],
  });
  if (logFd !== undefined) closeSync(logFd);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(child.exitCode === null ? 'API did not become ready within 60 s' : `API exited with code ${child.exitCode} before it was ready`);
    }
    await sleep(200);
  }
  return {
    url,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** autocannon for `duration` seconds; returns req/s and latency percentiles (ms). */
export async function load(url, { connections = 50, duration = 5 } = {}) {
  const result = await autocannon({ url, connections, duration });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  }
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

export function printTable(rows) {
  const headers = Object.keys(rows[0]);
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(line(headers));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(headers.map((h) => row[h])));
}

/**
 * Runs `bench(label, url)` on a fresh embedded database and, when BENCH_DATABASE_URL
 * is set, on that PostgreSQL too; returns all their rows.
 */
export async function onEachDatabase(bench) {
  const { startEmbeddedPostgres } = await import(join(root, 'apps/api/dist/database/embedded-postgres.js'));
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-bench-db-'));
  const embedded = await startEmbeddedPostgres({ dataDir, port: 0, maxConnections: 20 });
  const rows = [];
  try {
    rows.push(...(await bench('embedded (PGlite)', embedded.url)));
  } finally {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (process.env.BENCH_DATABASE_URL) rows.push(...(await bench('PostgreSQL', process.env.BENCH_DATABASE_URL)));
  else console.log('(set BENCH_DATABASE_URL=postgres://… to measure real PostgreSQL too)');
  return rows;
}
