import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { withAdvisoryLock } from '../../common/database/advisory-lock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AlertRuleRepository } from './alert-rule.repository.js';
import { DEFAULT_RULES } from './default-rules.js';

/**
 * Inserts the default rules never seeded before, once per database: replicas booting
 * together serialise on a transaction lock, and a default rule someone deleted stays
 * deleted. A name already taken by a user's rule is left alone.
 */
@Injectable()
export class DefaultRulesSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DefaultRulesSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: AlertRuleRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.alerts.isSeedingDefaultRules) return;
    const added = await this.seed();
    if (added > 0) this.logger.log(`Seeded ${added} default alert rules`);
  }

  async seed(): Promise<number> {
    const now = this.clock.now();
    return withAdvisoryLock(this.dataSource, 'alerts.seed-default-rules', async (manager) => {
      const seeded = await this.rules.seededNames(manager);
      let added = 0;
      for (const spec of DEFAULT_RULES) {
        if (seeded.has(spec.name)) continue;
        const [taken] = await manager.query('SELECT 1 FROM alert_rules WHERE name = $1', [spec.name]);
        if (!taken) {
          await this.rules.insert(spec, now, true, manager);
          added++;
        }
        await this.rules.markSeeded(manager, spec.name, now);
      }
      return added;
    });
  }
}
