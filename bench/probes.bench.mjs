// Probe throughput and latency under load, each beside a bare node:http server that
// answers the same body, measured in the same run on the same machine.
import { createServer } from 'node:http';
import { freePort, load, printTable, startApi } from './lib.mjs';

const body = JSON.stringify({ status: 'ok', uptimeSeconds: 1 });
const barePort = await freePort();
const bare = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' }).end(body);
});
await new Promise((resolve) => bare.listen(barePort, '127.0.0.1', resolve));
const api = await startApi();

const rows = [];
try {
  for (const connections of [50, 200]) {
    const baseline = await load(`http://127.0.0.1:${barePort}/`, { connections });
    for (const probe of ['/health/live', '/health/ready']) {
      const measured = await load(`${api.url}${probe}`, { connections });
      rows.push({
        connections,
        route: probe,
        'req/s': Math.round(measured.rps),
        'p50 ms': measured.p50,
        'p99 ms': measured.p99,
        'bare req/s': Math.round(baseline.rps),
        'bare p99 ms': baseline.p99,
        'ratio': (measured.rps / baseline.rps).toFixed(2),
      });
    }
  }
} finally {
  await api.stop();
  bare.close();
}
printTable(rows);
