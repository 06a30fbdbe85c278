import type { ComponentStatus, HealthScore } from '@vigil/types';

/** Weights of the four terms; they add up to 1. docs/health.md defines each term. */
export const SCORE_WEIGHTS = { availability: 0.4, performance: 0.3, errorRate: 0.2, resources: 0.1 } as const;
/** A critical component counts this many times in availability. */
export const CRITICAL_WEIGHT = 2;
/** Full marks up to this share of a limit, then linearly down to zero at the limit. */
export const HEADROOM_KNEE = 0.5;
/** A 5xx share of HTTP requests at which the error-rate term reaches zero. */
export const ERROR_RATIO_AT_ZERO = 0.05;

const STATUS_VALUE: Record<ComponentStatus, number> = { up: 1, degraded: 0.5, down: 0 };

export interface ScoredComponent {
  status: ComponentStatus;
  isCritical: boolean;
  /** `latency`: response time ÷ timeout (event loop: delay ÷ threshold); `usage`: usage ÷ threshold. */
  measure: 'latency' | 'usage';
  /** A down component scores 0 on its measure whatever its ratio. */
  ratio?: number;
}

export interface HealthScoreInput {
  components: readonly ScoredComponent[];
  /** 5xx ÷ all HTTP requests over the recent window; 0 without traffic. */
  errorRatio: number;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** 1 up to the knee, 0 at (and past) the limit, linear between. */
export function headroom(ratio: number): number {
  return clamp01((1 - ratio) / (1 - HEADROOM_KNEE));
}

function mean(values: number[]): number {
  return values.length === 0 ? 1 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

function availability(components: readonly ScoredComponent[]): number {
  let weighted = 0;
  let weights = 0;
  for (const c of components) {
    const weight = c.isCritical ? CRITICAL_WEIGHT : 1;
    weighted += weight * STATUS_VALUE[c.status];
    weights += weight;
  }
  return weights === 0 ? 1 : weighted / weights;
}

function measureScore(components: readonly ScoredComponent[], measure: ScoredComponent['measure']): number {
  return mean(
    components
      .filter((c) => c.measure === measure)
      .map((c) => (c.status === 'down' ? 0 : headroom(c.ratio ?? 0))),
  );
}

/** The 0–100 health score: 40% availability, 30% performance, 20% error rate, 10% resources. */
export function computeHealthScore(input: HealthScoreInput): HealthScore {
  const terms = {
    availability: availability(input.components),
    performance: measureScore(input.components, 'latency'),
    errorRate: clamp01(1 - input.errorRatio / ERROR_RATIO_AT_ZERO),
    resources: measureScore(input.components, 'usage'),
  };
  const weighted =
    SCORE_WEIGHTS.availability * terms.availability +
    SCORE_WEIGHTS.performance * terms.performance +
    SCORE_WEIGHTS.errorRate * terms.errorRate +
    SCORE_WEIGHTS.resources * terms.resources;
  return {
    value: Math.round(100 * weighted),
    availability: round4(terms.availability),
    performance: round4(terms.performance),
    errorRate: round4(terms.errorRate),
    resources: round4(terms.resources),
  };
}
