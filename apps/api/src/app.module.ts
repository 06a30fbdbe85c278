import { Module, type DynamicModule } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import type { AppConfig } from './config/app-config.js';
import type { Clock } from './common/clock.js';
import { ConfigModule } from './config/config.module.js';
import { CacheModule } from './cache/cache.module.js';
import { CommonModule } from './common/common.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { SettingsModule } from './settings/settings.module.js';
import { ProfilerModule } from './profiler/profiler.module.js';
import { AlertsModule } from './alerts/alerts.module.js';
import { ScalingModule } from './scaling/scaling.module.js';
import { TargetsModule } from './targets/targets.module.js';

/** What tests may replace; production uses the defaults. */
export interface AppOptions {
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CommonModule.forRoot(options.clock),
        DatabaseModule,
        CacheModule,
        ScheduleModule.forRoot(),
        HealthModule,
        MetricsModule,
        SettingsModule,
        ProfilerModule,
        AlertsModule,
        ScalingModule,
        TargetsModule,
      ],
    };
  }
}
