// Scraping: the built API scraping TARGETS Prometheus text-format targets of SERIES
// samples each every 15 s, beside Debian's Prometheus scraping the same targets in the
// same window. Both run at once against one exporter process on loopback; each one's
// CPU seconds per minute of wall time and RSS come from /proc after a warm-up.
//
// `node bench/scrape.bench.mjs exporter <port>` is the exporter itself (a child process,
// so its CPU is nobody's figure): /t/<n>/metrics for n < TARGETS, /stats for scrape counts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, printTable, startApi } from './lib.mjs';

const TARGETS = 50;
const SERIES = 2_000;
const INTERVAL = '15s';
// Long enough for the first rounds (which create every series) to be behind both scrapers.
const WARMUP_S = 30;
const WINDOW_S = 60;
const PROMETHEUS = '/usr/bin/prometheus';

// ---------------------------------------------------------------------------------------
// Exporter

/**
 * One target's exposition: the series of a typical Node service (process and heap gauges,
 * request and job counters, one request-duration histogram with a few label sets), filled
 * with per-tenant gauges up to exactly SERIES sample lines. Counters grow with time, gauges
 * move at random, so every scrape differs.
 */
function buildTarget(n) {
  const families = [];
  const rate = () => 0.5 + Math.random() * 20;
  const counter = (name, help, labelSets) => families.push({ name, help, type: 'counter', series: labelSets.map((l) => ({ l, rate: rate(), base: Math.floor(Math.random() * 1e5) })) });
  const gauge = (name, help, labelSets, scale) => families.push({ name, help, type: 'gauge', series: labelSets.map((l) => ({ l, scale })) });
  const cross = (...dims) => dims.reduce((sets, [key, values]) => sets.flatMap((set) => values.map((v) => ({ ...set, [key]: v }))), [{}]);
  const names = (prefix, count) => Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`);

  counter('process_cpu_seconds_total', 'Total user and system CPU time spent in seconds.', [{}]);
  gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', [{}], 3e8);
  gauge('process_start_time_seconds', 'Start time of the process since unix epoch in seconds.', [{}], 0);
  gauge('nodejs_eventloop_lag_seconds', 'Lag of event loop in seconds.', [{}], 0.05);
  gauge('nodejs_heap_space_size_used_bytes', 'Process heap space size used from Node.js in bytes.', cross(['space', ['new', 'old', 'code', 'map', 'large_object', 'code_large_object', 'new_large_object', 'read_only']]), 5e7);
  const routes = names('/api/v1/resource', 30);
  counter('http_requests_total', 'Total number of HTTP requests.', cross(['method', ['GET', 'POST', 'PUT', 'DELETE']], ['route', routes], ['status_code', ['200', '201', '404', '500']]));
  counter('http_response_size_bytes_total', 'Bytes sent in HTTP responses.', cross(['route', routes]));
  gauge('db_client_connections', 'Connections of the database pool by state.', cross(['pool', ['primary', 'replica', 'jobs', 'reports']], ['state', ['idle', 'used', 'pending']]), 20);
  const queues = names('queue-', 40);
  counter('queue_jobs_processed_total', 'Jobs processed by queue and outcome.', cross(['queue', queues], ['outcome', ['completed', 'failed', 'retried']]));
  gauge('queue_depth', 'Jobs waiting in the queue.', cross(['queue', queues]), 500);
  const caches = names('cache-', 25);
  counter('cache_requests_total', 'Cache lookups by result.', cross(['cache', caches], ['result', ['hit', 'miss']]));
  gauge('cache_size_entries', 'Entries held by the cache.', cross(['cache', caches]), 1e5);
  counter('rpc_client_requests_total', 'Outgoing RPC calls by peer and method.', cross(['peer', names('peer-', 20)], ['method', names('Method', 25)]));
  const histogram = {
    name: 'http_server_request_duration_seconds',
    bounds: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    series: cross(['method', ['GET', 'POST']], ['route', ['/api/v1/orders', '/api/v1/users', '/health/ready']]).map((l) => ({ l, rate: rate(), mean: 0.02 + Math.random() * 0.2 })),
  };
  const histogramLines = histogram.series.length * (histogram.bounds.length + 3);
  const used = families.reduce((sum, f) => sum + f.series.length, 0) + histogramLines;
  gauge('tenant_active_sessions', 'Active sessions by tenant.', names('tenant-', SERIES - used).map((tenant) => ({ tenant })), 200);

  const render = (labels, extra = '') => {
    const parts = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
    if (extra) parts.push(extra);
    return parts.length ? `{${parts.join(',')}}` : '';
  };
  for (const family of families) for (const s of family.series) s.prefix = `${family.name}${render(s.l)} `;
  for (const s of histogram.series) {
    s.buckets = [...histogram.bounds.map((b) => `le="${b}"`), 'le="+Inf"'].map((le) => `${histogram.name}_bucket${render(s.l, le)} `);
    s.sumPrefix = `${histogram.name}_sum${render(s.l)} `;
    s.countPrefix = `${histogram.name}_count${render(s.l)} `;
    // Cumulative share of requests at or under each bound (the last is +Inf).
    s.cdf = [...histogram.bounds.map((b) => 1 - Math.exp(-b / s.mean)), 1];
  }
  const started = Date.now() / 1000 - n * 60;

  return function exposition() {
    const elapsed = Date.now() / 1000 - started;
    const lines = [];
    for (const family of families) {
      lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`);
      for (const s of family.series) {
        const value = family.type === 'counter' ? s.base + Math.floor(s.rate * elapsed)
          : s.scale === 0 ? Math.floor(started) : (s.scale * (0.5 + Math.random())).toFixed(3);
        lines.push(s.prefix + value);
      }
    }
    lines.push(`# HELP ${histogram.name} Duration of HTTP requests in seconds.`, `# TYPE ${histogram.name} histogram`);
    for (const s of histogram.series) {
      const count = Math.floor(s.rate * elapsed);
      s.cdf.forEach((share, i) => lines.push(s.buckets[i] + Math.floor(count * share)));
      lines.push(s.sumPrefix + (count * s.mean).toFixed(6), s.countPrefix + count);
    }
    return `${lines.join('\n')}\n`;
  };
}

function serveExporter(port) {
  const targets = Array.from({ length: TARGETS }, (_, n) => buildTarget(n));
  const scrapes = { api: 0, prometheus: 0 };
  createServer((req, res) => {
    const match = /^\/t\/(\d+)\/metrics$/.exec(req.url);
    if (match && Number(match[1]) < TARGETS) {
      scrapes[/prometheus/i.test(req.headers['user-agent'] ?? '') ? 'prometheus' : 'api']++;
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(targets[Number(match[1])]());
    } else if (req.url === '/stats') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(scrapes));
    } else {
      res.writeHead(404).end();
    }
  }).listen(port, '127.0.0.1');
}

// ---------------------------------------------------------------------------------------
// Bench

/** User + system CPU seconds of a process and all its threads (Linux /proc; clock ticks of 1/100 s). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Resident set size in MiB. */
function rssMiB(pid) {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match[1]) / 1024;
}

async function waitFor(url, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
    await sleep(200);
  }
}

const json = async (url) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
};

function spawnChild(args, options) {
  const child = spawn(args[0], args.slice(1), options);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.exitCode === null && child.signalCode === null && process.kill(child.pid, 'SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function startPrometheus(dir, exporterPort) {
  const port = await freePort();
  const jobs = Array.from({ length: TARGETS }, (_, n) => [
    `  - job_name: bench-svc-${String(n).padStart(2, '0')}`,
    `    metrics_path: /t/${n}/metrics`,
    `    static_configs:`,
    `      - targets: ['127.0.0.1:${exporterPort}']`,
  ].join('\n'));
  const config = join(dir, 'prometheus.yml');
  writeFileSync(config, `global:\n  scrape_interval: ${INTERVAL}\n  scrape_timeout: 10s\nscrape_configs:\n${jobs.join('\n')}\n`);
  const child = spawnChild([PROMETHEUS, `--config.file=${config}`, `--storage.tsdb.path=${join(dir, 'tsdb')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=error'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/-/ready`, 'Prometheus');
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { ...child, url };
}

/** Warn and error lines of the API's JSON log, counted by message. */
function logProblems(file) {
  const counts = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      entry = { level: 50, msg: line };
    }
    if (entry.level < 40) continue;
    const key = `${entry.level >= 50 ? 'error' : 'warn'}: ${String(entry.msg ?? entry.err?.message ?? '').slice(0, 160)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-scrape-'));
  const apiLog = join(dir, 'api.log');
  const stops = [];
  let failed = false;
  try {
    const exporterPort = await freePort();
    const exporter = spawnChild([process.execPath, fileURLToPath(import.meta.url), 'exporter', String(exporterPort)], { stdio: ['ignore', 'ignore', 'inherit'] });
    stops.push(exporter.stop);
    const exporterUrl = `http://127.0.0.1:${exporterPort}`;
    await waitFor(`${exporterUrl}/stats`, 'the exporter', 10_000);
    const served = (await (await fetch(`${exporterUrl}/t/0/metrics`)).text()).split('\n').filter((l) => l && !l.startsWith('#')).length;
    if (served !== SERIES) throw new Error(`exporter serves ${served} samples per target, not ${SERIES}`);

    const scrapeTargets = Array.from({ length: TARGETS }, (_, n) => ({
      service: `bench-svc-${String(n).padStart(2, '0')}`,
      url: `${exporterUrl}/t/${n}/metrics`,
      scrapeInterval: INTERVAL,
    }));
    const hasPrometheus = existsSync(PROMETHEUS);
    if (!hasPrometheus) console.log(`${PROMETHEUS} is missing: no Prometheus baseline (apt-get install prometheus).`);
    const started = await Promise.allSettled([
      startApi({ ALERT_SEED_DEFAULT_RULES: 'false', SCRAPE_TARGETS: JSON.stringify(scrapeTargets) }, { log: apiLog }),
      hasPrometheus ? startPrometheus(dir, exporterPort) : undefined,
    ]);
    for (const { value } of started) if (value) stops.push(value.stop);
    const failure = started.find((s) => s.status === 'rejected');
    if (failure) throw failure.reason;
    const [api, prometheus] = started.map((s) => s.value);
    const measured = [{ name: 'API', pid: api.pid }, ...(prometheus ? [{ name: 'Prometheus', pid: prometheus.pid }] : [])];

    console.log(`${TARGETS} targets × ${SERIES} samples every ${INTERVAL}; warm-up ${WARMUP_S} s, then ${WINDOW_S} s measured…`);
    await sleep(WARMUP_S * 1000);
    const statsBefore = await json(`${exporterUrl}/stats`);
    const cpuBefore = measured.map((p) => cpuSeconds(p.pid));
    const rss = measured.map(() => []);
    const start = process.hrtime.bigint();
    const end = start + BigInt(WINDOW_S) * 1_000_000_000n;
    while (process.hrtime.bigint() < end) {
      measured.forEach((p, i) => rss[i].push(rssMiB(p.pid)));
      await sleep(Math.min(1000, Number(end - process.hrtime.bigint()) / 1e6));
    }
    const wallMin = Number(process.hrtime.bigint() - start) / 1e9 / 60;
    const cpuUsed = measured.map((p, i) => cpuSeconds(p.pid) - cpuBefore[i]);
    const cpu = cpuUsed.map((seconds) => seconds / wallMin);
    const statsAfter = await json(`${exporterUrl}/stats`);
    const scrapes = [statsAfter.api - statsBefore.api, statsAfter.prometheus - statsBefore.prometheus];
    const perScrape = cpuUsed.map((seconds, i) => (scrapes[i] > 0 ? (seconds * 1000) / scrapes[i] : NaN));

    const apiTargets = (await json(`${api.url}/api/v1/targets`)).filter((t) => t.service.startsWith('bench-svc-'));
    const apiUp = apiTargets.filter((t) => t.health === 'up');
    const apiSamples = apiUp.reduce((sum, t) => sum + (t.lastSamples ?? 0), 0);
    const apiErrors = [...new Set(apiTargets.filter((t) => t.lastError).map((t) => t.lastError))];
    let promUp = 0;
    let promSamples = 0;
    let promErrors = [];
    if (prometheus) {
      const { data } = await json(`${prometheus.url}/api/v1/targets?state=active`);
      promUp = data.activeTargets.filter((t) => t.health === 'up').length;
      promErrors = [...new Set(data.activeTargets.filter((t) => t.lastError).map((t) => t.lastError))];
      const result = (await json(`${prometheus.url}/api/v1/query?query=${encodeURIComponent('sum(scrape_samples_scraped)')}`)).data.result;
      promSamples = result.length ? Number(result[0].value[1]) : 0;
    }

    const avg = (values) => values.reduce((a, b) => a + b, 0) / values.length;
    const mib = (values) => `${avg(values).toFixed(0)} / ${Math.max(...values).toFixed(0)} MiB`;
    const ratio = (a, b) => (prometheus && b > 0 ? (a / b).toFixed(2) : '');
    const row = (measure, apiValue, promValue, r = '') => ({ measure, API: apiValue, Prometheus: prometheus ? promValue : 'n/a', 'API/Prometheus': r });
    printTable([
      row('samples per scrape round (served)', TARGETS * SERIES, TARGETS * SERIES),
      row('samples per scrape round (last scrapes)', apiSamples, promSamples),
      row(`scrapes in the ${WINDOW_S} s window`, scrapes[0], scrapes[1]),
      row('CPU s/min', cpu[0].toFixed(2), cpu[1]?.toFixed(2), ratio(cpu[0], cpu[1])),
      row('CPU ms per scrape', perScrape[0].toFixed(1), perScrape[1]?.toFixed(1), ratio(perScrape[0], perScrape[1])),
      row('RSS avg / peak', mib(rss[0]), prometheus ? mib(rss[1]) : '', ratio(avg(rss[0]), prometheus ? avg(rss[1]) : 0)),
      row('targets up', `${apiUp.length}/${TARGETS}`, `${promUp}/${TARGETS}`),
    ]);
    for (const error of apiErrors) console.log(`API target error: ${error}`);
    for (const error of promErrors) console.log(`Prometheus target error: ${error}`);
    if (apiUp.length < TARGETS) {
      console.error(`Only ${apiUp.length} of ${TARGETS} API targets are up.`);
      failed = true;
    }
  } catch (error) {
    console.error(error);
    failed = true;
  } finally {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
    if (existsSync(apiLog)) {
      const problems = logProblems(apiLog);
      for (const [message, count] of problems) console.log(`API log ${message}${count > 1 ? ` (×${count})` : ''}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[2] === 'exporter') serveExporter(Number(process.argv[3]));
else await main();
