/**
 * The what-if replay: a service's stored metrics over a range through the HPA
 * algorithm, once with its current policy and once with a proposed one.
 */
import { z } from 'zod';
import { duration, Rfc3339, Timestamp } from './fields.js';
import { parseRfc3339 } from './formats.js';
import { ServiceName, ServiceScalingPolicyInput } from './scaling-services.js';

/** Longest range one replay covers: the 1-minute rollups are kept 7 days by default. */
export const MAX_SIMULATION_RANGE_MS = 7 * 86_400_000;
/** Steps one replay may take: 7 days at 30 s. */
export const MAX_SIMULATION_STEPS = 20_160;

/** Body of `POST /api/v1/scaling/simulate`. */
export const ScalingSimulationInput = z
  .strictObject({
    service: ServiceName,
    from: Rfc3339,
    /** Default now. */
    to: Rfc3339.optional(),
    /** The replay's sync period, and the bucket each metric is read over. */
    step: duration({ min: 15_000, max: 3_600_000 }).default('1m'),
    /** The policy to compare with the current one; what is left out takes the defaults. */
    proposed: ServiceScalingPolicyInput,
  })
  .superRefine((input, ctx) => {
    const from = parseRfc3339(input.from);
    const to = input.to === undefined ? undefined : parseRfc3339(input.to);
    if (from !== undefined && to !== undefined && to <= from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
  });
export type ScalingSimulationInput = z.input<typeof ScalingSimulationInput>;
export type ScalingSimulationSpec = z.output<typeof ScalingSimulationInput>;

/** A replica count from `at` until the next point. */
export const ReplicaPoint = z.object({ at: Timestamp, replicas: z.number().int() });
export type ReplicaPoint = z.infer<typeof ReplicaPoint>;

/** One policy's replay. */
export const ScalingSimulationRun = z.object({
  /** The count at the start and each change after it. */
  timeline: z.array(ReplicaPoint),
  /** Changes of the count: flapping shows here. */
  scaleEvents: z.number().int(),
  instanceHours: z.number(),
  /** Time any metric was above its target at the simulated count. */
  aboveTargetSeconds: z.number(),
  metrics: z.array(z.object({ name: z.string(), aboveTargetSeconds: z.number() })),
  minReplicas: z.number().int(),
  maxReplicas: z.number().int(),
});
export type ScalingSimulationRun = z.infer<typeof ScalingSimulationRun>;

export const ScalingSimulation = z.object({
  service: z.string(),
  from: Timestamp,
  to: Timestamp,
  stepMs: z.number().int(),
  steps: z.number().int(),
  /** The stored resolution the replay read. */
  resolution: z.string(),
  /** The instances that actually reported. */
  observed: z.object({ timeline: z.array(ReplicaPoint), instanceHours: z.number() }),
  current: ScalingSimulationRun,
  proposed: ScalingSimulationRun,
});
export type ScalingSimulation = z.infer<typeof ScalingSimulation>;
