import { Inject, Injectable } from '@nestjs/common';
import type { RecommendationReport } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ProfileAnalysisService } from '../analysis/profile-analysis.service.js';
import { RuntimeStatsService } from '../runtime/runtime-stats.service.js';
import { recommend } from './recommendation.rules.js';

@Injectable()
export class RecommendationsService {
  constructor(
    private readonly runtime: RuntimeStatsService,
    private readonly analyses: ProfileAnalysisService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Rules over this instance's runtime figures and its latest CPU and sampling heap profiles. */
  async report(): Promise<RecommendationReport> {
    const [cpu, heap] = await Promise.all([this.analyses.latestCpu(), this.analyses.latestHeapSampling()]);
    return {
      instance: this.config.instanceId,
      generatedAt: this.clock.now().toISOString(),
      basedOn: { cpuSessionId: cpu?.sessionId ?? null, heapSamplingSessionId: heap?.sessionId ?? null },
      items: recommend({ runtime: this.runtime.collect(), cpu, heap }),
    };
  }
}
