import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/**
 * Graceful shutdown, readiness first: on SIGTERM readiness turns 503 at once while the
 * server keeps serving for the drain delay, so load balancers stop sending traffic
 * before connections close. Nest runs this hook before it closes the HTTP server.
 */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Shutdown');
  private draining = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get isShuttingDown(): boolean {
    return this.draining;
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.draining = true;
    const drainMs = this.config.health.shutdownDrainMs;
    this.logger.log(`${signal ?? 'Shutdown'} received: readiness is 503, draining for ${drainMs} ms`);
    if (drainMs > 0) await sleep(drainMs);
  }
}
