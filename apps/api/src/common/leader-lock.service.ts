import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export type ExclusiveRun<T> = { ran: true; result: T } | { ran: false; reason: string };

/** All Vigil lock keys share this first int, so they never collide with other apps'. */
const LOCK_NAMESPACE = 0x7619;

/** 32-bit FNV-1a of the lock name, as a signed int for pg_try_advisory_lock(int, int). */
export function lockKey(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/**
 * Runs cluster-wide jobs on one replica only.
 *
 * The first replica to take a named `pg_try_advisory_lock` keeps it, on a dedicated
 * connection, and runs that job every tick; the others skip. If the leader dies its
 * connection closes, PostgreSQL drops the lock, and the next replica to tick takes
 * over. Holding the lock (rather than taking and releasing it per tick) is what makes
 * it one run per tick: released locks let a replica whose clock is a little behind run
 * the same tick again.
 *
 * The embedded PGlite serves every connection from one backend, where advisory locks
 * never conflict; it is also private to the one process that started it. There the
 * in-process guard alone decides.
 */
@Injectable()
export class LeaderLockService implements OnApplicationShutdown {
  private readonly logger = new Logger(LeaderLockService.name);
  private readonly running = new Set<string>();
  private readonly held = new Set<string>();
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private sharedBackend: Promise<boolean> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async runExclusive<T>(name: string, fn: () => Promise<T>): Promise<ExclusiveRun<T>> {
    if (this.running.has(name)) return { ran: false, reason: 'previous run still in progress' };
    this.running.add(name);
    try {
      if (!(await this.isLeader(name))) return { ran: false, reason: 'another instance leads' };
      return { ran: true, result: await fn() };
    } finally {
      this.running.delete(name);
    }
  }

  /** Names this instance currently leads; for diagnostics and tests. */
  leading(): string[] {
    return [...this.held];
  }

  async onApplicationShutdown(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.held.clear();
    // Closing the session releases every lock at once, so another replica takes over.
    await client?.end().catch(() => undefined);
  }

  private async isLeader(name: string): Promise<boolean> {
    try {
      if (await this.isSharedBackend()) return true;
      const client = await this.lockClient();
      if (this.held.has(name)) {
        // A live session still holds its locks; a failed query means we lost it.
        await client.query('SELECT 1');
        return true;
      }
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock($1, $2) AS locked',
        [LOCK_NAMESPACE, lockKey(name)],
      );
      if (rows[0]?.locked) {
        this.held.add(name);
        this.logger.log(`Leading "${name}"`);
        return true;
      }
      return false;
    } catch (error) {
      this.logger.warn(`Leader lock "${name}" unavailable: ${(error as Error).message}`);
      await this.dropClient();
      return false;
    }
  }

  private isSharedBackend(): Promise<boolean> {
    this.sharedBackend ??= this.dataSource
      .query<{ version: string }[]>('SELECT version() AS version')
      .then((rows) => rows[0]?.version.includes('PGlite') ?? false)
      .catch((error: unknown) => {
        this.sharedBackend = undefined;
        throw error;
      });
    return this.sharedBackend;
  }

  private async lockClient(): Promise<pg.Client> {
    if (this.client) return this.client;
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const options = this.dataSource.options as { url?: string };
    const client = new pg.Client({
      connectionString: options.url,
      connectionTimeoutMillis: this.config.database.connectTimeoutMs,
      query_timeout: this.config.database.statementTimeoutMs,
      application_name: `vigil-leader ${this.config.instanceId}`,
    });
    client.on('error', () => {
      // The session is gone, and with it every lock it held.
      void this.dropClient();
    });
    await client.connect();
    this.client = client;
    return client;
  }

  private async dropClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (this.held.size > 0) this.logger.warn(`Lost leadership of ${[...this.held].join(', ')}`);
    this.held.clear();
    await client?.end().catch(() => undefined);
  }
}
