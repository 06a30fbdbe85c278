import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  response: ServerResponse;
  /** True until the client or the server closed the exchange. */
  isOpen: () => boolean;
  /** Settles when the client went away or the answer went out. */
  closed: Promise<void>;
}

/**
 * A stand-in for the Vigil server on 127.0.0.1: it records each request and answers as
 * `answer` says; an answer of `'hold'` never answers, so the request stays open until the
 * client gives up.
 */
export class FakeVigilServer {
  readonly received: ReceivedRequest[] = [];
  private readonly server: Server;
  private waiters: (() => void)[] = [];
  private isStopped = false;

  constructor(private readonly answer: number | 'hold') {
    this.server = createServer((req, res) => this.record(req, res));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Resolves once `count` requests have arrived in all. */
  async nth(count: number): Promise<ReceivedRequest> {
    while (this.received.length < count) {
      if (this.isStopped) throw new Error(`the fake server stopped after ${this.received.length} of ${count} requests`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    return this.received[count - 1] as ReceivedRequest;
  }

  close(): Promise<void> {
    this.isStopped = true;
    this.wakeWaiters();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private record(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let isOpen = true;
    const closed = new Promise<void>((resolve) =>
      res.once('close', () => {
        isOpen = false;
        resolve();
      }),
    );
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      const { method = '', url = '', headers } = req;
      this.received.push({ method, url, headers, body: Buffer.concat(chunks).toString('utf8'), response: res, isOpen: () => isOpen, closed });
      if (this.answer !== 'hold') res.writeHead(this.answer).end();
      this.wakeWaiters();
    });
  }

  private wakeWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
