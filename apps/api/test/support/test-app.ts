import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import type { AppOptions } from '../../src/app.module.js';
import { createApp } from '../../src/create-app.js';

/** The real config path, on the test database, quiet, with no shutdown drain. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SHUTDOWN_DRAIN_MS: '0',
    SCHEDULED_JOBS_ENABLED: 'false',
    // Default rules would fire on the test machine's own CPU and disks; their test opts in.
    ALERT_SEED_DEFAULT_RULES: 'false',
    ...overrides,
  });
}

/** Boots the whole AppModule, initialised and ready for supertest; close it after. */
export async function startTestApp(
  overrides: Record<string, string> = {},
  options: AppOptions = {},
): Promise<NestFastifyApplication> {
  const app = await createApp(testConfig(overrides), options);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
