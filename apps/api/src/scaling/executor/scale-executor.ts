import type { ScalingLimitReason, ScalingWorkload } from '@vigil/types';

/** One decision to apply: a service's new desired count and why. */
export interface ScaleRequest {
  service: string;
  /** The policy's workload; the Kubernetes executor needs one, the webhook passes it on. */
  workload: ScalingWorkload | null;
  from: number;
  to: number;
  reason: ScalingLimitReason;
  decidingMetric: string | null;
  at: Date;
}

/** What became of a decision; `note` says why it was not applied. */
export type ScaleOutcome = { applied: true; note: null } | { applied: false; note: string };

export const APPLIED: ScaleOutcome = { applied: true, note: null };
export const notApplied = (note: string): ScaleOutcome => ({ applied: false, note });

/**
 * Applies decisions: one implementation per kind of target. What it refuses on purpose
 * (a dry run, an HPA already on the workload) is an outcome; a failure throws ScaleFailed.
 */
export interface ScaleExecutor {
  readonly kind: 'kubernetes' | 'webhook';
  scale(request: ScaleRequest): Promise<ScaleOutcome>;
}

/** The configured ScaleExecutor, or null with `SCALING_EXECUTOR=none`. */
export const SCALE_EXECUTOR = Symbol('SCALE_EXECUTOR');

/** The target could not be reached or refused the change; the message goes into the decision's note. */
export class ScaleFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaleFailed';
  }
}
