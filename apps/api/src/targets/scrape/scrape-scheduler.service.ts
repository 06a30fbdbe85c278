import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { TargetRepository } from '../registry/target.repository.js';
import { TargetScraper } from './target-scraper.service.js';
import { ScrapeMetrics } from './scrape.metrics.js';

/**
 * Every tick, claims the due targets this replica may scrape (its own leases, lapsed
 * ones, unclaimed ones) up to its free concurrency, and starts their scrapes without
 * waiting for them, so one slow target never delays the others' slots.
 */
@Injectable()
export class ScrapeScheduler implements OnApplicationShutdown {
  private readonly logger = new Logger(ScrapeScheduler.name);
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly targets: TargetRepository,
    private readonly scraper: TargetScraper,
    private readonly metrics: ScrapeMetrics,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Claims and starts due scrapes; resolves once they are started. Returns how many. */
  async tick(): Promise<number> {
    const free = this.config.targets.concurrency - this.running.size;
    if (free <= 0) return 0;
    const due = await this.targets.claimDue(this.config.instanceId, this.clock.now(), free);
    for (const target of due) {
      const run = this.scraper
        .scrape(target)
        .then(() => undefined)
        .catch((error: Error) => this.logger.error(`Scrape of ${target.service}/${target.instance} failed: ${error.message}`, error.stack))
        .finally(() => {
          this.running.delete(run);
          this.metrics.inFlight.set(this.running.size);
        });
      this.running.add(run);
    }
    this.metrics.inFlight.set(this.running.size);
    return due.length;
  }

  /** Resolves when every started scrape has ended (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Lets running scrapes end, then hands this replica's leases back so another takes them at once. */
  async onApplicationShutdown(): Promise<void> {
    await this.idle();
    await this.targets.releaseLeases(this.config.instanceId).catch((error: Error) => {
      this.logger.warn(`Could not release scrape leases: ${error.message}`);
    });
  }
}
