import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope sender (MAIL FROM). */
  from: string;
  /** Envelope recipients (RCPT TO). */
  to: string[];
  /** The message as sent: headers and body, dot-unstuffed. */
  raw: string;
  /** The user that authenticated, if any. */
  user: string | undefined;
}

export interface FakeSmtpOptions {
  /** When set, AUTH is required and only these username → password pairs pass. */
  users?: Record<string, string>;
}

interface Waiter {
  count: number;
  resolve: (mails: ReceivedMail[]) => void;
}

const address = (value: SMTPServerAddress): string => value.address;

/**
 * An SMTP server on 127.0.0.1 (random port, plain text, no STARTTLS) that records each
 * message. `rejectWith` makes it refuse following messages with an SMTP reply code;
 * `hang` makes it accept connections without ever greeting.
 */
export class FakeSmtp {
  readonly received: ReceivedMail[] = [];
  private rejection: { code: number; text: string } | null = null;
  private isHanging = false;
  private readonly waiters = new Set<Waiter>();
  private readonly server: SMTPServer;
  private port = 0;

  private constructor(options: FakeSmtpOptions) {
    const users = options.users;
    this.server = new SMTPServer({
      logger: false,
      disabledCommands: users === undefined ? ['STARTTLS', 'AUTH'] : ['STARTTLS'],
      authOptional: users === undefined,
      allowInsecureAuth: true,
      // Tests stop the server with connections open; do not wait the default 30 s.
      closeTimeout: 50,
      onConnect: (_session, callback) => {
        if (!this.isHanging) callback();
      },
      onAuth: (auth, _session, callback) => {
        const isValid = auth.username !== undefined && users?.[auth.username] === auth.password;
        if (isValid) callback(null, { user: auth.username });
        else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      onData: (stream, session, callback) => this.record(stream, session, callback),
    });
  }

  static async start(options: FakeSmtpOptions = {}): Promise<FakeSmtp> {
    const fake = new FakeSmtp(options);
    await new Promise<void>((resolve, reject) => {
      fake.server.server.once('error', reject);
      fake.server.listen(0, '127.0.0.1', () => resolve());
    });
    const bound = fake.server.server.address();
    if (bound === null || typeof bound === 'string') throw new Error('FakeSmtp: no TCP address');
    fake.port = bound.port;
    return fake;
  }

  get host(): string {
    return '127.0.0.1';
  }

  get listeningPort(): number {
    return this.port;
  }

  /** Refuse following messages after DATA, e.g. 550 (permanent) or 451 (try later). */
  rejectWith(code: number, text = 'rejected by FakeSmtp'): void {
    this.rejection = { code, text };
  }

  /** Following connections are accepted but never greeted. */
  hang(): void {
    this.isHanging = true;
  }

  waitFor(count: number, timeoutMs = 5000): Promise<ReceivedMail[]> {
    if (this.received.length >= count) return Promise.resolve([...this.received]);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        count,
        resolve: (mails) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(mails);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`FakeSmtp: expected ${count} message(s) within ${timeoutMs} ms, got ${this.received.length}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private record(stream: NodeJS.ReadableStream, session: SMTPServerSession, callback: (error?: Error | null) => void): void {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      if (this.rejection !== null) {
        callback(Object.assign(new Error(this.rejection.text), { responseCode: this.rejection.code }));
        return;
      }
      const { mailFrom, rcptTo } = session.envelope;
      this.received.push({
        from: mailFrom === false ? '' : address(mailFrom),
        to: rcptTo.map(address),
        raw: Buffer.concat(chunks).toString('utf8'),
        user: typeof session.user === 'string' ? session.user : undefined,
      });
      for (const waiter of [...this.waiters]) {
        if (this.received.length >= waiter.count) waiter.resolve([...this.received]);
      }
      callback();
    });
  }
}
