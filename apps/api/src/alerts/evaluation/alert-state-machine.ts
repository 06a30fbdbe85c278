import type { AlertStatus } from '@vigil/types';

export type OpenStatus = Extract<AlertStatus, 'pending' | 'firing' | 'acknowledged'>;

export interface OpenAlertState {
  status: OpenStatus;
  activeAt: number;
  recoveringSince: number | null;
}

export interface Timing {
  forMs: number;
  keepFiringForMs: number;
}

/**
 * What one evaluation does to one (rule, label set):
 * - `open`: a new alert, `pending`, or `firing` at once when `for` is 0;
 * - `fire`: pending long enough → firing;
 * - `hold`: still breaching (clears any recovery in progress);
 * - `recover`: a firing alert stopped breaching; the hysteresis starts;
 * - `resolve`: clear for `keepFiringFor` → resolved;
 * - `deactivate`: a pending alert cleared before it fired → inactive;
 * - `none`: nothing to record.
 */
export type Step =
  | { kind: 'open'; status: 'pending' | 'firing' }
  | { kind: 'fire' | 'hold' | 'recover' | 'resolve' | 'deactivate' | 'none' };

export function nextStep(open: OpenAlertState | undefined, isBreaching: boolean, now: number, timing: Timing): Step {
  if (!open) return isBreaching ? { kind: 'open', status: timing.forMs === 0 ? 'firing' : 'pending' } : { kind: 'none' };
  if (open.status === 'pending') {
    if (!isBreaching) return { kind: 'deactivate' };
    return now - open.activeAt >= timing.forMs ? { kind: 'fire' } : { kind: 'hold' };
  }
  if (isBreaching) return { kind: 'hold' };
  const since = open.recoveringSince ?? now;
  if (now - since >= timing.keepFiringForMs) return { kind: 'resolve' };
  return open.recoveringSince === null ? { kind: 'recover' } : { kind: 'none' };
}
