import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * An HTTP dependency on 127.0.0.1 whose answer per path a test sets: a status, or
 * 'hang' to never answer (until the server stops).
 */
export class FakeDependency {
  private readonly answers = new Map<string, number | 'hang'>();
  private readonly hanging = new Set<ServerResponse>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeDependency> {
    const fake: FakeDependency = new FakeDependency(createServer((req, res) => fake.answer(req, res)));
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  url(path: string): string {
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('not listening');
    return `http://127.0.0.1:${address.port}${path}`;
  }

  set(path: string, answer: number | 'hang'): void {
    this.answers.set(path, answer);
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const answer = this.answers.get(req.url ?? '/') ?? 200;
    if (answer === 'hang') {
      this.hanging.add(res);
      return;
    }
    res.writeHead(answer, { 'content-type': 'application/json' }).end('{"ok":true}');
  }
}
