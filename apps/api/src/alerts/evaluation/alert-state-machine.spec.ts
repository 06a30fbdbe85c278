import { nextStep } from './alert-state-machine.js';

const timing = { forMs: 60_000, keepFiringForMs: 30_000 };

describe('nextStep', () => {
  it('opens a pending alert on the first breach, or a firing one when `for` is 0', () => {
    expect(nextStep(undefined, true, 0, timing)).toEqual({ kind: 'open', status: 'pending' });
    expect(nextStep(undefined, true, 0, { ...timing, forMs: 0 })).toEqual({ kind: 'open', status: 'firing' });
    expect(nextStep(undefined, false, 0, timing)).toEqual({ kind: 'none' });
  });

  it('fires a pending alert only once it has breached for the whole `for`', () => {
    const pending = { status: 'pending' as const, activeAt: 1_000, recoveringSince: null };
    expect(nextStep(pending, true, 60_999, timing).kind).toBe('hold');
    expect(nextStep(pending, true, 61_000, timing).kind).toBe('fire');
    expect(nextStep(pending, false, 30_000, timing).kind).toBe('deactivate');
  });

  it('resolves a firing alert only after the condition stayed clear for the hysteresis', () => {
    const firing = { status: 'firing' as const, activeAt: 0, recoveringSince: null };
    expect(nextStep(firing, false, 100_000, timing).kind).toBe('recover');
    const recovering = { ...firing, recoveringSince: 100_000 };
    expect(nextStep(recovering, false, 129_999, timing).kind).toBe('none');
    expect(nextStep(recovering, true, 110_000, timing).kind).toBe('hold');
    expect(nextStep(recovering, false, 130_000, timing).kind).toBe('resolve');
    expect(nextStep(firing, false, 100_000, { ...timing, keepFiringForMs: 0 }).kind).toBe('resolve');
  });

  it('treats an acknowledged alert as firing', () => {
    expect(nextStep({ status: 'acknowledged', activeAt: 0, recoveringSince: null }, true, 5, timing).kind).toBe('hold');
  });
});
