import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { StatsFs } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { BoundedIndicator } from '../components/bounded-indicator.js';
import { roundRatio, type LoadReading } from '../components/health-component.js';

/** Used share of a filesystem as `df` reports it: blocks reserved for root count as used. */
export function usedPercent(stats: { blocks: number; bfree: number; bavail: number }): number {
  const used = stats.blocks - stats.bfree;
  const usable = used + stats.bavail;
  return usable === 0 ? 0 : (used / usable) * 100;
}

/** DATA_DIR may not exist yet (it is created by the embedded database): use its nearest ancestor. */
async function statNearest(path: string): Promise<{ path: string; stats: StatsFs }> {
  try {
    return { path, stats: await statfs(path) };
  } catch (error) {
    const parent = dirname(path);
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === path) throw error;
    return statNearest(parent);
  }
}

/** Space on DATA_DIR's filesystem (embedded database, profiles) against a threshold. */
@Injectable()
export class DiskIndicator extends BoundedIndicator {
  readonly name = 'disk';
  readonly kind = 'disk';
  readonly isCritical = false;

  constructor(indicators: HealthIndicatorService, @Inject(APP_CONFIG) config: AppConfig) {
    super(indicators, config);
  }

  protected async read(): Promise<LoadReading> {
    const threshold = this.config.health.thresholds.diskUsedPercent;
    const { path, stats } = await statNearest(this.config.database.dataDir);
    const used = usedPercent(stats);
    if (used >= threshold) throw new Error(`${used.toFixed(1)}% used on ${path}, threshold ${threshold}%`);
    return { path, usedPercent: roundRatio(used), thresholdPercent: threshold, loadRatio: roundRatio(used / threshold) };
  }
}
