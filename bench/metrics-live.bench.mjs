// Live metrics costs, measured in one run on the same machine:
// - /health/live throughput of two API processes, HTTP instrumentation on and off
//   (METRICS_HTTP_ENABLED), loaded in short alternating rounds so that load from other
//   processes on a shared machine hits both alike: the median of the per-pair ratios,
//   with their spread, since a busy machine moves single rounds by several percent.
// - the share of the API's CPU spent inside the hooks, from a CPU profile under load,
//   and the hooks' bookkeeping alone: figures that machine noise does not move.
// - /metrics render time at 1k and 10k series (a fresh Registry, median of runs).
// Build first: Vigil's code is loaded from dist.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Counter, Registry } from 'prom-client';
import { freePort, load, printTable, root, startApi } from './lib.mjs';

const dist = (path) => import(pathToFileURL(join(root, 'apps/api/dist', path)).href);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percent = (value) => `${value.toFixed(1)}%`;
const ROUNDS = 8;
const ROUND_SECONDS = 4;

// Scheduled work (snapshots into the embedded database, inside the API process) would
// land in some rounds and not others; keep it out of the measurement.
const QUIET = { SCHEDULED_JOBS_ENABLED: 'false' };

async function throughput() {
  const apis = {
    on: await startApi({ ...QUIET, METRICS_HTTP_ENABLED: 'true' }),
    off: await startApi({ ...QUIET, METRICS_HTTP_ENABLED: 'false' }),
  };
  const rps = { on: [], off: [] };
  try {
    await load(`${apis.on.url}/health/live`, { duration: 2 });
    await load(`${apis.off.url}/health/live`, { duration: 2 });
    for (let round = 0; round < ROUNDS; round++) {
      // ABBA order, so neither side always runs first.
      for (const side of round % 2 === 0 ? ['off', 'on'] : ['on', 'off']) {
        rps[side].push((await load(`${apis[side].url}/health/live`, { duration: ROUND_SECONDS })).rps);
      }
    }
  } finally {
    await apis.on.stop();
    await apis.off.stop();
  }
  const overheads = rps.on.map((value, i) => (1 - value / rps.off[i]) * 100);
  return {
    withHooks: median(rps.on),
    without: median(rps.off),
    overhead: median(overheads),
    spread: `${percent(Math.min(...overheads))} … ${percent(Math.max(...overheads))}`,
  };
}

/** Frames the hooks call into: their own files, Node internals, Fastify's request/reply getters. */
const isInstrumentationCallee = (url) =>
  url === '' || url.startsWith('node:') || /http-(metrics\.hooks|request-stats)\.js$|fastify\/lib\/(request|reply)\.js$/.test(url);

/**
 * Share of the API's busy CPU spent in the HTTP hooks, from a V8 CPU profile under load.
 * Sampling attributes time in proportion however busy the machine is, so this holds
 * still where throughput figures do not. A sample counts when its stack, walked up from
 * the leaf, reaches a hook function through callees only (the rest of the request,
 * which a hook's `done()` continues into, does not count).
 */
async function profiledShare() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-prof-'));
  const env = { ...process.env, ...QUIET, PORT: String(port), DATA_DIR: dir, LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(root, 'apps/api/dist/main.js')], {
    env: { ...env, SHUTDOWN_DRAIN_MS: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    while ((await fetch(`${url}/health/ready`).catch(() => undefined))?.status !== 200) await sleep(200);
    await load(`${url}/health/live`, { duration: 2 });
    await load(`${url}/health/live`, { duration: 8 });
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
  let busy = 0;
  let inHooks = 0;
  for (const id of profile.samples) {
    if (nodes.get(id).callFrame.functionName === '(idle)') continue;
    busy++;
    for (let at = id; at !== undefined; at = parents.get(at)) {
      const { url } = nodes.get(at).callFrame;
      if (/http-(metrics\.hooks|request-stats)\.js$/.test(url)) {
        inHooks++;
        break;
      }
      if (!isInstrumentationCallee(url)) break;
    }
  }
  return (inHooks / busy) * 100;
}

/** The hooks' bookkeeping per request, without the network or Fastify around it. */
async function hookCostNs() {
  const { LiveMetrics } = await dist('metrics/live/live-metrics.js');
  const { HttpMetricsHooks } = await dist('metrics/live/collectors/http-metrics.hooks.js');
  const hooks = new HttpMetricsHooks(new LiveMetrics(new Registry()), { metrics: { isHttpInstrumented: true } });
  const routes = ['/health/live', '/api/v1/config/:key', '/api/v1/alerts/:id', undefined];
  const calls = 500_000;
  const runs = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    for (let i = 0; i < calls; i++) hooks.record('GET', routes[i & 3], i % 50 === 0 ? 404 : 200, 1.5);
    runs.push(((performance.now() - started) * 1e6) / calls);
  }
  return median(runs);
}

/** A fresh registry with `series` counter series spread over ten families. */
function registryWith(series) {
  const registry = new Registry();
  for (let family = 0; family < 10; family++) {
    const counter = new Counter({
      name: `bench_family_${family}_total`,
      help: 'Bench.',
      labelNames: ['route', 'status_class'],
      registers: [registry],
    });
    for (let i = 0; i < series / 10; i++) counter.inc({ route: `/api/v1/route_${i}/:id`, status_class: '2xx' }, i);
  }
  return registry;
}

async function renderMs(registry, render) {
  const runs = [];
  for (let run = 0; run < 15; run++) {
    const started = performance.now();
    await render(registry);
    runs.push(performance.now() - started);
  }
  return median(runs.slice(3));
}

const hookNs = await hookCostNs();
const { renderScrape } = await dist('metrics/live/scrape-format.js');
const openMetricsAccept = 'application/openmetrics-text;version=1.0.0';
const renders = [];
for (const series of [1_000, 10_000]) {
  const registry = registryWith(series);
  renders.push({
    series,
    'registry.metrics() ms': (await renderMs(registry, (r) => r.metrics())).toFixed(2),
    'GET /metrics text ms': (await renderMs(registry, (r) => renderScrape(r, undefined))).toFixed(2),
    'OpenMetrics ms': (await renderMs(registry, (r) => renderScrape(r, openMetricsAccept))).toFixed(2),
  });
}
const http = await throughput();
const share = await profiledShare();

console.log('\n/health/live with and without HTTP instrumentation (target: overhead <= 3%)');
printTable([
  {
    measure: `throughput, median of ${ROUNDS} paired ${ROUND_SECONDS} s rounds, 50 connections`,
    'with hooks': `${Math.round(http.withHooks)} req/s`,
    without: `${Math.round(http.without)} req/s`,
    overhead: percent(http.overhead),
    note: `pairs ranged ${http.spread} on this machine`,
  },
  {
    measure: 'API CPU inside the hooks, V8 CPU profile under the same load',
    'with hooks': '-',
    without: '-',
    overhead: percent(share),
    note: 'share of busy samples',
  },
  {
    measure: 'hook bookkeeping alone (HttpMetricsHooks.record in a loop)',
    'with hooks': `${Math.round(hookNs)} ns`,
    without: '-',
    overhead: percent(((hookNs / 1e9) * http.without) * 100),
    note: 'of one second at the measured rate',
  },
]);
console.log('\n/metrics render time, median of 12 runs (target: 10k series < 50 ms)');
printTable(renders);
