import { z } from 'zod';

export const DEMO_VERSION = '0.1.0';

/** The longest prime search one request may ask for: enough to show in a CPU profile, never minutes. */
export const MAX_PRIME_LIMIT = 2_000_000;

const port = z.coerce.number().int().min(0).max(65_535);

/**
 * What the demo reads from its environment. The `VIGIL_*` variables are the ones a
 * service of one's own would pass to `VigilModule.forRoot()`.
 */
const DemoEnv = z.object({
  PORT: port.default(3002),
  HOST: z.string().min(1).default('127.0.0.1'),
  DEMO_SERVICE: z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_-]*$/, 'must be a service name such as "demo"').default('demo'),
  /** Requests per second the demo sends to its own routes, so that its charts move; 0 is off. */
  DEMO_TRAFFIC_PER_SECOND: z.coerce.number().min(0).max(200).default(0),
  VIGIL_SERVER_URL: z.url({ protocol: /^https?$/ }).optional(),
  VIGIL_AGENT_TOKEN: z.string().min(16, 'must be at least 16 characters (the server’s AGENT_TOKEN)').optional(),
  /** The base URL the server reaches the demo at (in a container: its service name). */
  VIGIL_ADVERTISE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** How long readiness answers 503 on SIGTERM before the server closes. */
  DEMO_DRAIN_MS: z.coerce.number().int().min(0).max(60_000).default(0),
});

export interface DemoConfig {
  port: number;
  host: string;
  service: string;
  trafficPerSecond: number;
  serverUrl?: string;
  token?: string;
  advertiseUrl?: string;
  drainDelayMs: number;
}

export class DemoConfigError extends Error {
  override name = 'DemoConfigError';
}

/** Empty variables count as unset, as a shell's `VAR=` means. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

export function loadDemoConfig(env: NodeJS.ProcessEnv): DemoConfig {
  const parsed = DemoEnv.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new DemoConfigError(`Invalid demo configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    service: values.DEMO_SERVICE,
    trafficPerSecond: values.DEMO_TRAFFIC_PER_SECOND,
    serverUrl: values.VIGIL_SERVER_URL,
    token: values.VIGIL_AGENT_TOKEN,
    advertiseUrl: values.VIGIL_ADVERTISE_URL,
    drainDelayMs: values.DEMO_DRAIN_MS,
  };
}
