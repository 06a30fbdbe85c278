import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positiveMs = z.coerce.number().int().positive();

/** A PostgreSQL connection URL; anything else stops boot naming DATABASE_URL. */
const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { message: 'must be a postgres:// or postgresql:// URL with a host' },
);

const redisUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'redis:' || url.protocol === 'rediss:';
    } catch {
      return false;
    }
  },
  { message: 'must be a redis:// or rediss:// URL' },
);

/** Empty strings count as unset, as a shell `FOO=` usually means. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/**
 * Every environment variable the API reads. README.md's configuration table lists
 * the same names and defaults; keep the two together.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(3001),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  INSTANCE_ID: optional(z.string().min(1).max(128)),
  CORS_ORIGINS: z.string().default('http://localhost:3000'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(64 * 1024 * 1024).default(1024 * 1024),

  DATABASE_URL: optional(postgresUrl),
  DATA_DIR: optional(z.string().min(1)),
  EMBEDDED_DB_PORT: port.default(0),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_STATEMENT_TIMEOUT_MS: positiveMs.default(15_000),
  DB_CONNECT_TIMEOUT_MS: positiveMs.default(5_000),

  REDIS_URL: optional(redisUrl),
  REDIS_CONNECT_TIMEOUT_MS: positiveMs.default(2_000),
  REDIS_COMMAND_TIMEOUT_MS: positiveMs.default(1_000),
  CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(10_000),

  HEALTH_CHECK_TIMEOUT_MS: positiveMs.default(2_000),
  HEALTH_CACHE_TTL_MS: z.coerce.number().int().min(0).default(2_000),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).default(5_000),
});

export type Env = z.infer<typeof envSchema>;
