import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';

interface Call {
  method: 'GET' | 'POST';
  path: string;
  weight: number;
}

/** A mix like a small shop's: mostly reads, some checkouts, now and then a slow report or a heavy search. */
export const TRAFFIC_MIX: readonly Call[] = [
  { method: 'GET', path: '/orders', weight: 40 },
  { method: 'GET', path: '/orders/1', weight: 15 },
  { method: 'GET', path: '/orders/2', weight: 10 },
  { method: 'GET', path: '/orders/404', weight: 5 },
  { method: 'POST', path: '/checkout', weight: 15 },
  { method: 'GET', path: '/reports/slow', weight: 10 },
  { method: 'GET', path: '/primes', weight: 5 },
];

const TOTAL_WEIGHT = TRAFFIC_MIX.reduce((sum, call) => sum + call.weight, 0);
const REQUEST_TIMEOUT_MS = 5_000;

const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** Where the demo reaches itself: over loopback when it listens on every interface. */
export function ownUrl(host: string, port: number): string {
  if (WILDCARDS.has(host)) return `http://127.0.0.1:${port}`;
  return host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}

/** The call whose share of the weights `draw` (0 ≤ draw < 1) falls into. */
export function pickCall(draw: number): Call {
  let remaining = draw * TOTAL_WEIGHT;
  for (const call of TRAFFIC_MIX) {
    remaining -= call.weight;
    if (remaining < 0) return call;
  }
  return TRAFFIC_MIX[TRAFFIC_MIX.length - 1]!;
}

/**
 * Requests to the demo's own routes at a steady rate, so that a freshly started demo
 * has charts that move. Each request has a timeout; answers and failures are ignored
 * (a 503 from checkout is the point). The timer never keeps the process alive.
 */
@Injectable()
export class SelfTraffic implements BeforeApplicationShutdown {
  private readonly logger = new Logger('SelfTraffic');
  private timer: NodeJS.Timeout | undefined;
  private readonly stop = new AbortController();
  private sent = 0;

  start(baseUrl: string, perSecond: number): void {
    if (perSecond <= 0 || this.timer) return;
    this.logger.log(`Sending ${perSecond} requests per second to ${baseUrl}`);
    this.timer = setInterval(() => this.send(baseUrl), 1_000 / perSecond);
    this.timer.unref();
  }

  get requestsSent(): number {
    return this.sent;
  }

  /** Before the server closes: requests still arriving would keep it from closing. */
  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
    this.stop.abort();
  }

  private send(baseUrl: string): void {
    const call = pickCall(Math.random());
    this.sent += 1;
    const signal = AbortSignal.any([this.stop.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]);
    fetch(`${baseUrl}${call.path}`, { method: call.method, signal })
      .then((res) => res.body?.cancel())
      .catch(() => undefined);
  }
}
