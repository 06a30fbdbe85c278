import type { ProfileType } from '@vigil/types';

export type ProfilerSlot = 'cpu' | 'heap';

/** What the busy answer calls each slot. */
export const SLOT_NAMES: Readonly<Record<ProfilerSlot, string>> = {
  cpu: 'CPU profile',
  heap: 'heap snapshot or sampling heap profile',
};

export function slotFor(type: ProfileType): ProfilerSlot {
  return type === 'cpu' ? 'cpu' : 'heap';
}

/**
 * One CPU profile and one heap operation at a time. Claimed synchronously, before any
 * await, so two requests arriving together cannot both pass the check.
 */
export class ProfilerSlots {
  private readonly holders = new Map<ProfilerSlot, string>();

  /** Takes the slot for the session; returns the holding session's id when it is taken. */
  claim(slot: ProfilerSlot, sessionId: string): string | undefined {
    const holder = this.holders.get(slot);
    if (holder !== undefined) return holder;
    this.holders.set(slot, sessionId);
    return undefined;
  }

  release(slot: ProfilerSlot, sessionId: string): void {
    if (this.holders.get(slot) === sessionId) this.holders.delete(slot);
  }
}

/**
 * V8 has one profiler per process, so every application in the process shares these
 * slots (tests boot several apps in one process).
 */
export const PROCESS_PROFILER_SLOTS = new ProfilerSlots();
