import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface ReceivedRequest {
  method: string;
  /** Path and query, e.g. `/hook?x=1`. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The body bytes as UTF-8 text. */
  body: string;
  /** The exact body bytes, for signatures. */
  rawBody: Buffer;
  json(): unknown;
}

interface Waiter {
  count: number;
  resolve: (requests: ReceivedRequest[]) => void;
}

/**
 * An HTTP receiver on 127.0.0.1 (random port) that records every request and answers
 * as the test says: a status and body, or never (`hang`). `down()`/`up()` stop and
 * resume listening on the same port, to play an unreachable receiver.
 */
export class FakeReceiver {
  readonly received: ReceivedRequest[] = [];
  private answer: { status: number; body: string } | 'hang' = { status: 200, body: 'ok' };
  private readonly sockets = new Set<Socket>();
  private readonly waiters = new Set<Waiter>();
  private port = 0;

  private constructor(private readonly server: Server) {
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  static async start(): Promise<FakeReceiver> {
    const receiver: FakeReceiver = new FakeReceiver(createServer((req, res) => receiver.record(req, res)));
    await receiver.up();
    return receiver;
  }

  url(path = '/hook'): string {
    if (this.port === 0) throw new Error('FakeReceiver has not started');
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** The answer to every following request (default 200 `ok`). */
  respondWith(status: number, body = ''): void {
    this.answer = { status, body };
  }

  /** Following requests are recorded but never answered (until down/stop). */
  hang(): void {
    this.answer = 'hang';
  }

  /** Stops listening and drops open connections; the port stays reserved for up(). */
  async down(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  /** Listens again, on the same port after down(). */
  async up(): Promise<void> {
    if (this.server.listening) return;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('FakeReceiver: no TCP address');
    this.port = address.port;
  }

  /** Resolves once `count` requests have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs = 5000): Promise<ReceivedRequest[]> {
    if (this.received.length >= count) return Promise.resolve([...this.received]);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        count,
        resolve: (requests) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(requests);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`FakeReceiver: expected ${count} request(s) within ${timeoutMs} ms, got ${this.received.length}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  async stop(): Promise<void> {
    await this.down();
  }

  private record(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const body = rawBody.toString('utf8');
      this.received.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        rawBody,
        json: () => JSON.parse(body) as unknown,
      });
      for (const waiter of [...this.waiters]) {
        if (this.received.length >= waiter.count) waiter.resolve([...this.received]);
      }
      const answer = this.answer;
      if (answer !== 'hang') res.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.body);
    });
  }
}
