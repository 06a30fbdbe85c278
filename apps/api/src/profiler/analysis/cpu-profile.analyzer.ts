import type { CpuProfileAnalysis, CpuTimeBreakdown, FunctionTime } from '@vigil/types';
import { ProfileTree, type CpuProfileInput } from './cpu-profile.tree.js';
import { isMetaFrame, META_FRAMES, percentOf, toProfileFrame, usToMs, type V8CallFrame } from './profile-frame.js';

export type { CpuProfileInput, CpuProfileNode } from './cpu-profile.tree.js';

export interface AnalysisOptions {
  sessionId: string;
  top: number;
}

/**
 * Self time of every node, in microseconds. A sample stands for the time until the
 * next one (the last until `endTime`), as DevTools and speedscope count it. V8 now and
 * then records a sample slightly out of order; its negative delta counts as zero.
 */
export function selfTimeByNode(profile: CpuProfileInput): Map<number, number> {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  if (samples.length !== deltas.length) throw new Error('samples and timeDeltas differ in length');
  const stamps: number[] = [];
  let at = profile.startTime;
  for (const delta of deltas) stamps.push((at += delta));
  const self = new Map<number, number>();
  samples.forEach((nodeId, i) => {
    const next = i + 1 < stamps.length ? stamps[i + 1]! : profile.endTime;
    self.set(nodeId, (self.get(nodeId) ?? 0) + Math.max(0, next - stamps[i]!));
  });
  return self;
}

export function analyzeCpuProfile(profile: CpuProfileInput, options: AnalysisOptions): CpuProfileAnalysis {
  const self = selfTimeByNode(profile);
  const totalUs = [...self.values()].reduce((sum, us) => sum + us, 0);
  const tree = new ProfileTree(profile.nodes);
  return {
    kind: 'cpu',
    sessionId: options.sessionId,
    sampleCount: profile.samples?.length ?? 0,
    breakdown: breakdown(tree, self, totalUs),
    topSelf: rank(tree.selfByFunction(self), totalUs, options.top),
    topTotal: rank(tree.totalByFunction(self), totalUs, options.top),
    hotPaths: tree.hotPaths(self, totalUs, options.top),
  };
}

function breakdown(tree: ProfileTree, self: Map<number, number>, totalUs: number): CpuTimeBreakdown {
  const byName = new Map<string, number>();
  for (const [id, us] of self) {
    const name = tree.node(id).callFrame.functionName;
    if (isMetaFrame(tree.node(id).callFrame)) byName.set(name, (byName.get(name) ?? 0) + us);
  }
  const gc = byName.get(META_FRAMES.gc) ?? 0;
  const idle = byName.get(META_FRAMES.idle) ?? 0;
  // Samples on the root itself carry no JavaScript frame either: count them as program.
  const program = (byName.get(META_FRAMES.program) ?? 0) + (byName.get(META_FRAMES.root) ?? 0);
  const share = (us: number) => ({ ms: usToMs(us), percent: percentOf(us, totalUs) });
  return {
    totalMs: usToMs(totalUs),
    busyMs: usToMs(totalUs - idle),
    gc: share(gc),
    idle: share(idle),
    program: share(program),
    javascript: share(totalUs - gc - idle - program),
  };
}

function rank(byFunction: Map<string, { frame: V8CallFrame; us: number }>, totalUs: number, top: number): FunctionTime[] {
  return [...byFunction.values()]
    .filter(({ us }) => us > 0)
    .sort((a, b) => b.us - a.us || a.frame.functionName.localeCompare(b.frame.functionName))
    .slice(0, top)
    .map(({ frame, us }) => ({ ...toProfileFrame(frame), ms: usToMs(us), percent: percentOf(us, totalUs) }));
}
