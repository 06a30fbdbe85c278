/** Cumulative CPU times of one core, in ms, as `os.cpus()[i].times` gives them. */
export interface CpuTimes {
  user: number;
  nice: number;
  sys: number;
  idle: number;
  irq: number;
}

/** Ratios 0–1: all cores together, and each core in `os.cpus()` order. */
export interface CpuUsage {
  overall: number;
  cores: number[];
}

const ZERO: CpuTimes = { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 };

const total = (t: CpuTimes) => t.user + t.nice + t.sys + t.idle + t.irq;

function busyRatio(busy: number, elapsed: number): number {
  return elapsed > 0 ? Math.min(1, Math.max(0, busy / elapsed)) : 0;
}

/**
 * Share of time not idle between two readings. Without a previous reading the counters
 * since boot are the window, which still gives a meaningful first figure.
 */
export function cpuUsageBetween(previous: readonly CpuTimes[] | undefined, current: readonly CpuTimes[]): CpuUsage {
  let elapsedAll = 0;
  let busyAll = 0;
  const cores = current.map((now, i) => {
    const before = previous?.[i] ?? ZERO;
    const elapsed = total(now) - total(before);
    const busy = elapsed - (now.idle - before.idle);
    elapsedAll += elapsed;
    busyAll += busy;
    return busyRatio(busy, elapsed);
  });
  return { overall: busyRatio(busyAll, elapsedAll), cores };
}
