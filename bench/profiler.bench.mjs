// Cost of profiling the running API, measured in one run on one machine:
// 1. throughput of two routes with and without a CPU profile at the default sampling
//    interval (1 ms). The API has no route that exists only to burn CPU, and gets none:
//    /api/v1/profiler/runtime is pure JavaScript (V8 and libuv statistics, no I/O), and
//    /api/v1/config reads the database, which in embedded mode is PGlite running as
//    WebAssembly in the same process, so every request costs real CPU there too.
//    Unprofiled and profiled runs alternate (off, on, off, on, off, on, off), so drift
//    in the machine's load hits both; the loss compares the means.
// 2. time and size of a heap snapshot at the API's heap after that load, and how long
//    the liveness probe waits while the snapshot holds the event loop.
/* global fetch, console */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { load, printTable, startApi } from './lib.mjs';

const ROUTES = ['/api/v1/profiler/runtime', '/api/v1/config'];
const DURATION_S = 4;
const ROUNDS = 4;
const MIB = 1024 * 1024;

async function call(url, init) {
  const res = await fetch(url, init);
  const body = await res.json();
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

const startSession = (api, body) =>
  call(`${api.url}/api/v1/profiler/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function waitUntilStopped(api, id) {
  for (;;) {
    const session = await call(`${api.url}/api/v1/profiler/sessions/${id}`);
    if (session.status !== 'running') return session;
    await sleep(20);
  }
}

/** Probes /health/live every 10 ms until `done` settles; returns the slowest answer (ms). */
async function slowestProbe(api, done) {
  let settled = false;
  done.finally(() => (settled = true));
  let slowest = 0;
  while (!settled) {
    const started = performance.now();
    await fetch(`${api.url}/health/live`).then((res) => res.arrayBuffer());
    slowest = Math.max(slowest, performance.now() - started);
    await sleep(10);
  }
  return slowest;
}

const api = await startApi();
const throughput = [];
const snapshots = [];
try {
  for (const route of ROUTES) {
    const url = `${api.url}${route}`;
    await load(url, { duration: 2 }); // warm-up: JIT, pools, caches
    const off = [await load(url, { duration: DURATION_S })];
    const on = [];
    const profileBytes = [];
    for (let round = 0; round < ROUNDS; round++) {
      const session = await startSession(api, { type: 'cpu', durationMs: 60_000, label: 'bench' });
      on.push(await load(url, { duration: DURATION_S }));
      const stopped = await call(`${api.url}/api/v1/profiler/sessions/${session.id}/stop`, { method: 'POST' });
      profileBytes.push(stopped.artifact.bytes);
      await fetch(`${api.url}/api/v1/profiler/sessions/${session.id}`, { method: 'DELETE' });
      off.push(await load(url, { duration: DURATION_S }));
    }
    const mean = (runs, key) => runs.reduce((sum, run) => sum + run[key], 0) / runs.length;
    throughput.push({
      route,
      'req/s off': Math.round(mean(off, 'rps')),
      'req/s profiled': Math.round(mean(on, 'rps')),
      'loss %': ((1 - mean(on, 'rps') / mean(off, 'rps')) * 100).toFixed(1),
      'p99 off ms': Math.round(mean(off, 'p99')),
      'p99 profiled ms': Math.round(mean(on, 'p99')),
      'profile KiB': Math.round(Math.max(...profileBytes) / 1024),
    });
  }

  for (let run = 1; run <= 2; run++) {
    const runtime = await call(`${api.url}/api/v1/profiler/runtime`);
    const started = performance.now();
    const session = await startSession(api, { type: 'heap-snapshot' });
    const done = waitUntilStopped(api, session.id);
    const slowest = await slowestProbe(api, done);
    const finished = await done;
    if (finished.status !== 'completed') throw new Error(`heap snapshot ${finished.status}: ${finished.reason}`);
    snapshots.push({
      run,
      'heap used MiB': (runtime.heap.usedBytes / MIB).toFixed(1),
      'snapshot MiB': (finished.artifact.bytes / MIB).toFixed(1),
      'server ms': finished.durationMs,
      'client ms': Math.round(performance.now() - started),
      'slowest /health/live ms': Math.round(slowest),
    });
    await fetch(`${api.url}/api/v1/profiler/sessions/${session.id}`, { method: 'DELETE' });
  }
} finally {
  await api.stop();
}
console.log(`CPU profile at the default 1 ms sampling interval; ${ROUNDS} profiled and ${ROUNDS + 1} unprofiled runs of ${DURATION_S} s, 50 connections:`);
printTable(throughput);
console.log('\nHeap snapshot of the API after that load:');
printTable(snapshots);
