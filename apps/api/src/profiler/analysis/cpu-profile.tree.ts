import type { CallPathTime } from '@vigil/types';
import { frameKey, isMetaFrame, percentOf, toProfileFrame, usToMs, type V8CallFrame } from './profile-frame.js';

/** The parts of a V8 `.cpuprofile` (Profiler.Profile) the analysis reads. */
export interface CpuProfileNode {
  id: number;
  callFrame: V8CallFrame;
  children?: number[];
}

export interface CpuProfileInput {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** The call tree of a profile, walked without recursion (real trees run thousands deep). */
export class ProfileTree {
  private readonly byId = new Map<number, CpuProfileNode>();
  private readonly parentOf = new Map<number, number>();
  private readonly rootId: number;

  constructor(nodes: CpuProfileNode[]) {
    for (const node of nodes) this.byId.set(node.id, node);
    for (const node of nodes) for (const child of node.children ?? []) this.parentOf.set(child, node.id);
    const root = nodes.find((node) => !this.parentOf.has(node.id));
    if (!root) throw new Error('the profile has no root node');
    this.rootId = root.id;
  }

  node(id: number): CpuProfileNode {
    const node = this.byId.get(id);
    if (!node) throw new Error(`a sample names node ${id}, which the profile lacks`);
    return node;
  }

  selfByFunction(self: Map<number, number>): Map<string, { frame: V8CallFrame; us: number }> {
    const result = new Map<string, { frame: V8CallFrame; us: number }>();
    for (const [id, us] of self) {
      const frame = this.node(id).callFrame;
      if (isMetaFrame(frame)) continue;
      const entry = result.get(frameKey(frame)) ?? { frame, us: 0 };
      entry.us += us;
      result.set(frameKey(frame), entry);
    }
    return result;
  }

  /** Inclusive time per function, counted once per sample even when it recurses. */
  totalByFunction(self: Map<number, number>): Map<string, { frame: V8CallFrame; us: number }> {
    const inclusive = this.inclusiveTimes(self);
    const result = new Map<string, { frame: V8CallFrame; us: number }>();
    const onStack = new Map<string, number>();
    const stack: { id: number; leaving: boolean }[] = [{ id: this.rootId, leaving: false }];
    while (stack.length > 0) {
      const { id, leaving } = stack.pop()!;
      const node = this.node(id);
      const key = frameKey(node.callFrame);
      if (leaving) {
        onStack.set(key, onStack.get(key)! - 1);
        continue;
      }
      if (!isMetaFrame(node.callFrame)) {
        // Only the outermost call of a function on a path adds its subtree.
        if ((onStack.get(key) ?? 0) === 0) {
          const entry = result.get(key) ?? { frame: node.callFrame, us: 0 };
          entry.us += inclusive.get(id) ?? 0;
          result.set(key, entry);
        }
        onStack.set(key, (onStack.get(key) ?? 0) + 1);
        stack.push({ id, leaving: true });
      }
      for (const child of node.children ?? []) stack.push({ id: child, leaving: false });
    }
    return result;
  }

  /** The call paths that spend the most self time, outermost caller first. */
  hotPaths(self: Map<number, number>, totalUs: number, top: number): CallPathTime[] {
    const paths = new Map<string, { ids: number[]; us: number }>();
    for (const [id, us] of self) {
      if (us <= 0 || isMetaFrame(this.node(id).callFrame)) continue;
      const ids = this.pathTo(id);
      const key = ids.map((pathId) => frameKey(this.node(pathId).callFrame)).join('\n');
      const entry = paths.get(key) ?? { ids, us: 0 };
      entry.us += us;
      paths.set(key, entry);
    }
    return [...paths.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map(({ ids, us }) => ({
        frames: ids.map((id) => toProfileFrame(this.node(id).callFrame)),
        ms: usToMs(us),
        percent: percentOf(us, totalUs),
      }));
  }

  private pathTo(id: number): number[] {
    const path: number[] = [];
    for (let at: number | undefined = id; at !== undefined && at !== this.rootId; at = this.parentOf.get(at)) {
      path.push(at);
    }
    return path.reverse();
  }

  private inclusiveTimes(self: Map<number, number>): Map<number, number> {
    const order: number[] = [];
    const stack = [this.rootId];
    while (stack.length > 0) {
      const id = stack.pop()!;
      order.push(id);
      stack.push(...(this.node(id).children ?? []));
    }
    const inclusive = new Map<number, number>();
    for (const id of order.reverse()) {
      const children = this.node(id).children ?? [];
      inclusive.set(id, (self.get(id) ?? 0) + children.reduce((sum, child) => sum + (inclusive.get(child) ?? 0), 0));
    }
    return inclusive;
  }
}
