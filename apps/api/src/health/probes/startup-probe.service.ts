import { Injectable } from '@nestjs/common';
import type { StartupReport } from '@vigil/types';
import { StartupIncomplete } from '../health.errors.js';
import { MigrationsIndicator } from '../indicators/migrations.indicator.js';
import { StartupGate } from '../startup-gate.js';

/**
 * Started = every expected step completed and no migration pending. Once true it stays
 * true: later trouble is readiness' business, and an unrestartable pod helps nobody.
 */
@Injectable()
export class StartupProbeService {
  constructor(
    private readonly gate: StartupGate,
    private readonly migrations: MigrationsIndicator,
  ) {}

  async check(): Promise<StartupReport> {
    if (!this.gate.isOpen) {
      const pending = this.gate.pending();
      const result = (await this.migrations.check())[this.migrations.name];
      if (result?.status !== 'up') pending.push(`migrations (${String(result?.message ?? 'check failed')})`);
      if (pending.length > 0) throw new StartupIncomplete(pending);
      this.gate.open();
    }
    return { status: 'ok', completedSteps: this.gate.completedSteps() };
  }
}
