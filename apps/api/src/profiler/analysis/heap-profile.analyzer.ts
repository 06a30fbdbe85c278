import type { AllocationSite, HeapProfileAnalysis } from '@vigil/types';
import type { AnalysisOptions } from './cpu-profile.analyzer.js';
import { frameKey, META_FRAMES, percentOf, toProfileFrame, type V8CallFrame } from './profile-frame.js';

/** The parts of a V8 `.heapprofile` (HeapProfiler.SamplingHeapProfile) the analysis reads. */
export interface HeapProfileNode {
  id: number;
  callFrame: V8CallFrame;
  selfSize: number;
  children: HeapProfileNode[];
}

export interface HeapProfileInput {
  head: HeapProfileNode;
  samples?: { nodeId: number; size: number }[];
}

/** The functions that allocated the most sampled bytes still live when the profile stopped. */
export function analyzeHeapProfile(profile: HeapProfileInput, options: AnalysisOptions): HeapProfileAnalysis {
  const samplesByNode = new Map<number, number>();
  for (const sample of profile.samples ?? []) {
    samplesByNode.set(sample.nodeId, (samplesByNode.get(sample.nodeId) ?? 0) + 1);
  }
  const sites = new Map<string, { frame: V8CallFrame; bytes: number; samples: number }>();
  let totalBytes = 0;
  const stack = [profile.head];
  while (stack.length > 0) {
    const node = stack.pop()!;
    stack.push(...node.children);
    if (node.selfSize <= 0 || node.callFrame.functionName === META_FRAMES.root) continue;
    totalBytes += node.selfSize;
    const key = frameKey(node.callFrame);
    const site = sites.get(key) ?? { frame: node.callFrame, bytes: 0, samples: 0 };
    site.bytes += node.selfSize;
    site.samples += samplesByNode.get(node.id) ?? 0;
    sites.set(key, site);
  }
  const topSites: AllocationSite[] = [...sites.values()]
    .sort((a, b) => b.bytes - a.bytes || a.frame.functionName.localeCompare(b.frame.functionName))
    .slice(0, options.top)
    .map(({ frame, bytes, samples }) => ({
      ...toProfileFrame(frame),
      bytes,
      percent: percentOf(bytes, totalBytes),
      samples,
    }));
  return { kind: 'heap-sampling', sessionId: options.sessionId, totalBytes, topSites };
}
