import { cpuUsageBetween, type CpuTimes } from './cpu-usage.js';

const times = (user: number, sys: number, idle: number): CpuTimes => ({ user, nice: 0, sys, idle, irq: 0 });

describe('cpuUsageBetween', () => {
  it('gives each core and the whole machine the share of time not idle', () => {
    const before = [times(1_000, 500, 8_500), times(2_000, 0, 8_000)];
    // Core 0: 300 busy of 1 000; core 1: 900 busy of 1 000.
    const after = [times(1_200, 600, 9_200), times(2_900, 0, 8_100)];
    expect(cpuUsageBetween(before, after)).toEqual({ overall: 0.6, cores: [0.3, 0.9] });
  });

  it('uses the counters since boot when there is no previous reading', () => {
    expect(cpuUsageBetween(undefined, [times(250, 250, 1_500)])).toEqual({ overall: 0.25, cores: [0.25] });
  });

  it('reports 0 for a core whose counters did not move', () => {
    const same = [times(10, 10, 80)];
    expect(cpuUsageBetween(same, same)).toEqual({ overall: 0, cores: [0] });
  });

  it('treats a core that appeared since the last reading as new', () => {
    const after = [times(100, 0, 100), times(50, 0, 150)];
    expect(cpuUsageBetween([times(100, 0, 100)], after).cores).toEqual([0, 0.25]);
  });
});
