import { Inject, Injectable } from '@nestjs/common';
import type { CpuProfileAnalysis, HeapProfileAnalysis, ProfileAnalysis } from '@vigil/types';
import { NotFound } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ProfileArtifactsService } from '../artifacts/profile-artifacts.service.js';
import type { ProfilingSessionEntity } from '../entities/profiling-session.entity.js';
import { AnalysisUnavailable } from '../profiler.errors.js';
import { ProfilingSessionRepository } from '../sessions/profiling-session.repository.js';
import { ProfilingSessionsService } from '../sessions/profiling-sessions.service.js';
import { analyzeCpuProfile, type CpuProfileInput } from './cpu-profile.analyzer.js';
import { analyzeHeapProfile, type HeapProfileInput } from './heap-profile.analyzer.js';

export const DEFAULT_TOP = 10;

/** Artifacts never change once written, so analyses are kept for the few most recent. */
const CACHE_SIZE = 8;

@Injectable()
export class ProfileAnalysisService {
  private readonly cache = new Map<string, ProfileAnalysis>();

  constructor(
    private readonly sessions: ProfilingSessionsService,
    private readonly repository: ProfilingSessionRepository,
    private readonly artifacts: ProfileArtifactsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async analyze(id: string, top = DEFAULT_TOP): Promise<ProfileAnalysis> {
    return this.analyzeRow(await this.sessions.find(id), top);
  }

  /** The newest completed CPU profile of this instance, analysed; null when there is none. */
  async latestCpu(): Promise<CpuProfileAnalysis | null> {
    return (await this.latest('cpu')) as CpuProfileAnalysis | null;
  }

  async latestHeapSampling(): Promise<HeapProfileAnalysis | null> {
    return (await this.latest('heap-sampling')) as HeapProfileAnalysis | null;
  }

  private async latest(type: 'cpu' | 'heap-sampling'): Promise<ProfileAnalysis | null> {
    const row = await this.repository.findLatestCompleted(this.config.instanceId, type);
    if (!row) return null;
    try {
      return await this.analyzeRow(row, DEFAULT_TOP);
    } catch (error) {
      // A file removed by hand leaves a row behind: there is simply no profile to go by.
      if (error instanceof NotFound) return null;
      throw error;
    }
  }

  private async analyzeRow(row: ProfilingSessionEntity, top: number): Promise<ProfileAnalysis> {
    if (row.type === 'heap-snapshot') {
      throw new AnalysisUnavailable(row.id, 'analysis covers cpu and heap-sampling sessions; open the .heapsnapshot in Chrome DevTools (Memory tab)');
    }
    const key = `${row.id}:${top}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const profile: unknown = JSON.parse(await this.artifacts.readText(row));
    const options = { sessionId: row.id, top };
    const analysis =
      row.type === 'cpu'
        ? analyzeCpuProfile(profile as CpuProfileInput, options)
        : analyzeHeapProfile(profile as HeapProfileInput, options);
    this.cache.set(key, analysis);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return analysis;
  }
}
