import { hostname } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { envSchema } from './env.schema.js';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  instanceId: string;
  http: { host: string; port: number; corsOrigins: string[]; bodyLimitBytes: number };
  log: { level: string };
  database: {
    /** Unset: the API starts an embedded PostgreSQL (PGlite) itself. */
    url: string | undefined;
    dataDir: string;
    embeddedPort: number;
    poolSize: number;
    statementTimeoutMs: number;
    connectTimeoutMs: number;
  };
  cache: {
    /** Unset: an in-process LRU. Marked secret: it may carry a password. */
    redisUrl: string | undefined;
    connectTimeoutMs: number;
    commandTimeoutMs: number;
    maxEntries: number;
  };
  health: { checkTimeoutMs: number; cacheTtlMs: number; shutdownDrainMs: number };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Thrown when the environment does not validate; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Walks up from `start` to the monorepo root (the folder holding turbo.json). */
function findRepoRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'turbo.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  const cwd = process.cwd();
  const dataDir = resolve(env.DATA_DIR ?? join(findRepoRoot(cwd) ?? cwd, '.data'));
  return {
    env: env.NODE_ENV,
    instanceId: env.INSTANCE_ID ?? `${hostname()}-${process.pid}`,
    http: {
      host: env.HOST,
      port: env.PORT,
      corsOrigins: env.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter((o) => o !== ''),
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
    },
    log: { level: env.LOG_LEVEL },
    database: {
      url: env.DATABASE_URL,
      dataDir,
      embeddedPort: env.EMBEDDED_DB_PORT,
      poolSize: env.DB_POOL_SIZE,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
      connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
    },
    cache: {
      redisUrl: env.REDIS_URL,
      connectTimeoutMs: env.REDIS_CONNECT_TIMEOUT_MS,
      commandTimeoutMs: env.REDIS_COMMAND_TIMEOUT_MS,
      maxEntries: env.CACHE_MAX_ENTRIES,
    },
    health: {
      checkTimeoutMs: env.HEALTH_CHECK_TIMEOUT_MS,
      cacheTtlMs: env.HEALTH_CACHE_TTL_MS,
      shutdownDrainMs: env.SHUTDOWN_DRAIN_MS,
    },
  };
}

/** Strips credentials from a connection URL so it can be logged. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable url>';
  }
}
