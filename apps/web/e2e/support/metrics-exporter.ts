import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MetricsExporter {
  /** Its `/metrics` endpoint on loopback. */
  url: string;
  /** How many times it was scraped. */
  scrapes: () => number;
  close: () => Promise<void>;
}

/** One HTTP route's histogram after `n` scrapes' worth of requests: `counts` are cumulative per bound, then +Inf. */
function histogram(labels: string, bounds: readonly number[], counts: readonly number[], total: number, sum: number): string[] {
  const name = 'http_server_request_duration_seconds';
  return [
    ...bounds.map((bound, index) => `${name}_bucket{${labels},le="${bound}"} ${counts[index] ?? total}`),
    `${name}_bucket{${labels},le="+Inf"} ${total}`,
    `${name}_sum{${labels}} ${sum}`,
    `${name}_count{${labels}} ${total}`,
  ];
}

const BOUNDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25] as const;

/**
 * A Node service's exposition in the classic text format, with the standard names: the
 * counters grow with every scrape, so rates and p95 have something to show.
 */
export function exposition(n: number): string {
  const get = 'http_request_method="GET",http_route="/orders",http_response_status_code="200"';
  const post = 'http_request_method="POST",http_route="/orders",http_response_status_code="201"';
  return [
    '# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.',
    '# TYPE process_cpu_seconds_total counter',
    `process_cpu_seconds_total ${(n * 0.05).toFixed(2)}`,
    '# HELP process_resident_memory_bytes Resident memory size in bytes.',
    '# TYPE process_resident_memory_bytes gauge',
    `process_resident_memory_bytes ${52_428_800 + (n % 10) * 1_048_576}`,
    '# HELP nodejs_heap_size_used_bytes Process heap size used from Node.js in bytes.',
    '# TYPE nodejs_heap_size_used_bytes gauge',
    'nodejs_heap_size_used_bytes 20971520',
    '# HELP nodejs_eventloop_lag_p99_seconds The 99th percentile of the recorded event loop delays.',
    '# TYPE nodejs_eventloop_lag_p99_seconds gauge',
    'nodejs_eventloop_lag_p99_seconds 0.012',
    '# HELP http_server_request_duration_seconds Duration of HTTP server requests.',
    '# TYPE http_server_request_duration_seconds histogram',
    ...histogram(get, BOUNDS, [2 * n, 5 * n, 8 * n, 9 * n, 10 * n, 10 * n], 10 * n, 0.15 * n),
    ...histogram(post, BOUNDS, [0, 0, 0, n, 2 * n, 3 * n], 3 * n, 0.3 * n),
    '',
  ].join('\n');
}

/** A loopback `/metrics` endpoint for Vigil to scrape; every other path answers 404. */
export async function startMetricsExporter(): Promise<MetricsExporter> {
  let scrapes = 0;
  const server = createServer((request, response) => {
    if (request.url !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    scrapes += 1;
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(exposition(scrapes));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/metrics`,
    scrapes: () => scrapes,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

/** A loopback URL that was listening a moment ago and is closed now, so a scrape of it is refused. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return `http://127.0.0.1:${port}/metrics`;
}
