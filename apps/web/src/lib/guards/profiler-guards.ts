import type {
  ProfileAnalysis,
  ProfilingSession,
  ProfilingSessionPage,
  RecommendationReport,
  RuntimeStats,
} from '@vigil/types';
import { isRecord } from '../contract-guards';

export function isProfilingSession(value: unknown): value is ProfilingSession {
  return isRecord(value) && typeof value.id === 'string' && typeof value.type === 'string' && typeof value.status === 'string';
}

export function isProfilingSessionPage(value: unknown): value is ProfilingSessionPage {
  return isRecord(value) && Array.isArray(value.items) && value.items.every(isProfilingSession);
}

export function isProfileAnalysis(value: unknown): value is ProfileAnalysis {
  if (!isRecord(value)) return false;
  if (value.kind === 'cpu') return isRecord(value.breakdown) && Array.isArray(value.topSelf);
  return value.kind === 'heap-sampling' && Array.isArray(value.topSites);
}

export function isRuntimeStats(value: unknown): value is RuntimeStats {
  return isRecord(value) && isRecord(value.eventLoop) && isRecord(value.heap) && isRecord(value.leak) && isRecord(value.gc);
}

export function isRecommendationReport(value: unknown): value is RecommendationReport {
  return isRecord(value) && Array.isArray(value.items);
}
