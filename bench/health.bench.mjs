// Probe throughput and latency under load, each beside a bare node:http server (its own
// process, like the API) answering the same body, measured in the same run on the same
// machine. Run with request logging off (LOG_LEVEL=warn) and on (info).
// Targets: /health/live at least 0.6x the bare server's throughput, /health/ready 0.5x.
//
// Shared machines are noisy, so each figure is the median of ROUNDS short runs that
// alternate between the bare server and the API. Besides req/s it reports the server's
// CPU time per request (from /proc), which other processes on the machine disturb less.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, load, printTable, startApi } from './lib.mjs';

const TARGETS = { '/health/live': 0.6, '/health/ready': 0.5 };
const CONNECTIONS = [50, 200];
const ROUNDS = 3;
const DURATION_S = 3;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** User + system CPU time of a process, in microseconds (Linux only; undefined elsewhere). */
function cpuMicros(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
  } catch {
    return undefined;
  }
}

/** A node:http server in a child process that answers every request with `body`. */
async function startBare(body) {
  const port = await freePort();
  const source = `require('node:http').createServer((q, s) => s.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(${JSON.stringify(body)})).listen(${port}, '127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', source], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (tries > 100) throw new Error('bare server did not start');
      await sleep(50);
    }
  }
  return { url, pid: child.pid, stop: () => new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM')) };
}

/** One run: req/s, latency and the server's CPU microseconds per request. */
async function run(url, pid, connections) {
  const before = cpuMicros(pid);
  const result = await load(url, { connections, duration: DURATION_S });
  const after = cpuMicros(pid);
  const cpu = before === undefined || after === undefined ? NaN : (after - before) / (result.rps * DURATION_S);
  return { ...result, cpu };
}

function summarise(runs) {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    cpu: median(runs.map((r) => r.cpu)),
  };
}

async function measure(logLevel) {
  const api = await startApi({ LOG_LEVEL: logLevel });
  const rows = [];
  try {
    for (const route of Object.keys(TARGETS)) {
      // The bare server answers exactly what the API answers on this route.
      const body = await (await fetch(`${api.url}${route}`)).text();
      const bare = await startBare(body);
      try {
        for (const connections of CONNECTIONS) {
          await load(`${api.url}${route}`, { connections, duration: 1 }); // warm-up
          const bareRuns = [];
          const apiRuns = [];
          for (let round = 0; round < ROUNDS; round++) {
            bareRuns.push(await run(bare.url, bare.pid, connections));
            apiRuns.push(await run(`${api.url}${route}`, api.pid, connections));
          }
          const b = summarise(bareRuns);
          const a = summarise(apiRuns);
          const ratio = a.rps / b.rps;
          rows.push({
            LOG_LEVEL: logLevel,
            conns: connections,
            route,
            'req/s': Math.round(a.rps),
            'p50 ms': a.p50,
            'p99 ms': a.p99,
            'µs CPU/req': Math.round(a.cpu),
            'bare req/s': Math.round(b.rps),
            'bare p50': b.p50,
            'bare p99': b.p99,
            'bare µs/req': Math.round(b.cpu),
            ratio: ratio.toFixed(2),
            'CPU ratio': (b.cpu / a.cpu).toFixed(2),
            target: `≥ ${TARGETS[route]}`,
          });
        }
      } finally {
        await bare.stop();
      }
    }
  } finally {
    await api.stop();
  }
  return rows;
}

const rows = [...(await measure('warn')), ...(await measure('info'))];
printTable(rows);
console.log(`\nratio: API req/s ÷ bare req/s (medians of ${ROUNDS} alternating ${DURATION_S} s runs);`);
console.log('CPU ratio: bare CPU per request ÷ API CPU per request, the throughput ratio a saturated core would give.');
