import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnModuleDestroy } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ResolvedVigilOptions } from '../options/resolved-options.js';
import { VIGIL_OPTIONS } from '../vigil.tokens.js';

/**
 * Graceful shutdown, readiness first: once shutdown starts readiness answers 503 while
 * the server keeps serving for the drain delay, so that load balancers and Kubernetes
 * stop sending traffic before connections close. Nest runs `beforeApplicationShutdown`
 * before it closes the HTTP server; `onModuleDestroy` comes earlier still, so the flag
 * flips there already and readiness fails while other modules tidy up.
 */
@Injectable()
export class ShutdownState implements OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger('Vigil');
  private isDrainingNow = false;

  constructor(@Inject(VIGIL_OPTIONS) private readonly options: ResolvedVigilOptions) {}

  get isDraining(): boolean {
    return this.isDrainingNow;
  }

  onModuleDestroy(): void {
    this.isDrainingNow = true;
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.isDrainingNow = true;
    const drainMs = this.options.probes?.drainDelayMs ?? 0;
    if (drainMs <= 0) return;
    this.logger.log(`${signal ?? 'Shutdown'}: readiness answers 503; the server closes in ${drainMs} ms`);
    await sleep(drainMs);
  }
}
