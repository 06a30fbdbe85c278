/**
 * The request's history as the controller keeps it in memory: timed recommendations and
 * scale events split by direction (`timestampedRecommendation`, `timestampedScaleEvent`).
 */
import { parseRfc3339, type ScalingHistory } from '@vigil/types';
import type { ScaleEvents } from './rate-limits.js';
import type { TimedRecommendation } from './stabilization.js';

function toMs(time: string): number {
  const ms = parseRfc3339(time);
  // The contract admits only RFC 3339 times; anything else is a caller that skipped it.
  if (ms === undefined) throw new RangeError(`not an RFC 3339 time: ${time}`);
  return ms;
}

/**
 * `recordInitialRecommendation`: an autoscaler with no record yet starts one with the
 * current count, at the evaluation time.
 */
export function recommendationsOf(history: ScalingHistory, currentReplicas: number, nowMs: number): TimedRecommendation[] {
  if (history.recommendations === undefined) return [{ atMs: nowMs, replicas: currentReplicas }];
  return history.recommendations.map((record) => ({ atMs: toMs(record.at), replicas: record.replicas }));
}

export function scaleEventsOf(history: ScalingHistory): ScaleEvents {
  const up = [];
  const down = [];
  for (const event of history.events) {
    const timed = { atMs: toMs(event.at), change: Math.abs(event.to - event.from) };
    if (event.to > event.from) up.push(timed);
    else down.push(timed);
  }
  return { up, down };
}
