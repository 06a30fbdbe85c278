import { analyzeCpuProfile, selfTimeByNode, type CpuProfileInput } from './cpu-profile.analyzer.js';

const APP = 'file:///srv/app.js';
const frame = (functionName: string, lineNumber = -1, url = '') => ({ functionName, url, lineNumber, columnNumber: 0 });

/**
 * (root) ─┬─ main ─┬─ parse ── main   (main recurses through parse)
 *         │        └─ render
 *         ├─ (garbage collector)
 *         ├─ (idle)
 *         └─ (program)
 *
 * Sample times (µs): 1000 2000 3000 6000 7000 7500 8000 9000 10000, end 11000, so the
 * self times are parse 2000, render 3000, inner main 1000, outer main 1000, GC 500,
 * idle 1500, program 1000: 10 000 µs in all.
 */
const profile: CpuProfileInput = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 6, 7, 8] },
    { id: 2, callFrame: frame('main', 0, APP), children: [3, 4] },
    { id: 3, callFrame: frame('parse', 9, APP), children: [5] },
    { id: 4, callFrame: frame('render', 19, APP), children: [] },
    { id: 5, callFrame: frame('main', 0, APP), children: [] },
    { id: 6, callFrame: frame('(garbage collector)') },
    { id: 7, callFrame: frame('(idle)') },
    { id: 8, callFrame: frame('(program)') },
  ],
  startTime: 1_000,
  endTime: 11_000,
  samples: [3, 3, 4, 5, 6, 7, 7, 8, 2],
  timeDeltas: [0, 1_000, 1_000, 3_000, 1_000, 500, 500, 1_000, 1_000],
};

const at = (name: string, line: number) => ({ name, url: APP, line, location: `${APP}:${line}` });

describe('selfTimeByNode', () => {
  it('gives each sample the time until the next one, and the last the time until the end', () => {
    expect(Object.fromEntries(selfTimeByNode(profile))).toEqual({
      3: 2_000,
      4: 3_000,
      5: 1_000,
      6: 500,
      7: 1_500,
      8: 1_000,
      2: 1_000,
    });
  });

  it('counts a sample recorded out of order as taking no time', () => {
    const shuffled = { ...profile, samples: [2, 3, 4], timeDeltas: [0, 500, -100], endTime: 1_900 };
    // Stamps 1000, 1500, 1400: main 500, parse 0 (negative), render 500.
    expect(Object.fromEntries(selfTimeByNode(shuffled))).toEqual({ 2: 500, 3: 0, 4: 500 });
  });

  it('rejects a profile whose samples and deltas disagree', () => {
    expect(() => selfTimeByNode({ ...profile, timeDeltas: [0] })).toThrow('differ in length');
  });
});

describe('analyzeCpuProfile', () => {
  const analysis = analyzeCpuProfile(profile, { sessionId: 's1', top: 3 });

  it('splits the time between GC, idle, program and JavaScript', () => {
    expect(analysis.sampleCount).toBe(9);
    expect(analysis.breakdown).toEqual({
      totalMs: 10,
      busyMs: 8.5,
      gc: { ms: 0.5, percent: 5 },
      idle: { ms: 1.5, percent: 15 },
      program: { ms: 1, percent: 10 },
      javascript: { ms: 7, percent: 70 },
    });
  });

  it('ranks functions by self time, adding up every node of the same function', () => {
    expect(analysis.topSelf).toEqual([
      { ...at('render', 20), ms: 3, percent: 30 },
      { ...at('main', 1), ms: 2, percent: 20 },
      { ...at('parse', 10), ms: 2, percent: 20 },
    ]);
  });

  it('ranks functions by total time, counting a recursive function once per sample', () => {
    expect(analysis.topTotal).toEqual([
      { ...at('main', 1), ms: 7, percent: 70 },
      { ...at('parse', 10), ms: 3, percent: 30 },
      { ...at('render', 20), ms: 3, percent: 30 },
    ]);
  });

  it('lists the hottest call paths, outermost caller first', () => {
    expect(analysis.hotPaths).toHaveLength(3);
    expect(analysis.hotPaths[0]).toEqual({ frames: [at('main', 1), at('render', 20)], ms: 3, percent: 30 });
    expect(analysis.hotPaths[1]).toEqual({ frames: [at('main', 1), at('parse', 10)], ms: 2, percent: 20 });
    expect(analysis.hotPaths[2]?.ms).toBe(1);
  });

  it('never reports V8 pseudo-functions as functions', () => {
    const names = [...analysis.topSelf, ...analysis.topTotal].map((f) => f.name);
    expect(names.filter((name) => name.startsWith('('))).toEqual([]);
  });

  it('names anonymous functions and leaves native code without a location', () => {
    const anonymous = analyzeCpuProfile(
      {
        nodes: [
          { id: 1, callFrame: frame('(root)'), children: [2] },
          { id: 2, callFrame: frame('', -1, ''), children: [] },
        ],
        startTime: 0,
        endTime: 10,
        samples: [2],
        timeDeltas: [0],
      },
      { sessionId: 's2', top: 5 },
    );
    expect(anonymous.topSelf).toEqual([{ name: '(anonymous)', url: '', line: null, location: '', ms: 0.01, percent: 100 }]);
  });
});
