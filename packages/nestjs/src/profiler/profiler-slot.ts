/**
 * One profiling session at a time in the whole process: V8 has one profiler and one heap
 * per isolate, and a snapshot taken during a CPU profile would distort it. Shared by
 * every app in the process (a test may boot several). Claimed synchronously, before any
 * await, so two requests arriving together cannot both pass.
 */
class ProcessProfilerSlot {
  private holder: string | undefined;

  /** Takes the slot; returns the holding session's id when it is taken already. */
  claim(sessionId: string): string | undefined {
    if (this.holder !== undefined) return this.holder;
    this.holder = sessionId;
    return undefined;
  }

  release(sessionId: string): void {
    if (this.holder === sessionId) this.holder = undefined;
  }
}

export const PROCESS_PROFILER_SLOT = new ProcessProfilerSlot();
