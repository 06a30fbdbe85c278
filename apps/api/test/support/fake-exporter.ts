import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface ExporterAnswer {
  status?: number;
  body: string;
  gzip?: boolean;
}

/**
 * A `/metrics` endpoint on loopback whose answer the test sets, recording what each
 * scrape sent (headers), so a test can play any target: healthy, failing, huge, slow.
 */
export class FakeExporter {
  readonly requests: IncomingMessage['headers'][] = [];
  /** `Date.now()` of each request, in order. */
  readonly requestTimes: number[] = [];
  private answer: ExporterAnswer = { body: '' };
  private server: Server | undefined;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/metrics`;
  }

  answerWith(answer: ExporterAnswer): void {
    this.answer = answer;
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      this.requests.push(req.headers);
      this.requestTimes.push(Date.now());
      const { status = 200, body, gzip = false } = this.answer;
      const payload = gzip ? gzipSync(body) : Buffer.from(body);
      res.writeHead(status, {
        'content-type': 'text/plain; version=0.0.4; charset=utf-8',
        'content-length': payload.length,
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(payload);
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Stops answering: the next scrape gets a refused connection. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
