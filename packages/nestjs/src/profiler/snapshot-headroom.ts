import { getHeapStatistics } from 'node:v8';

export interface SnapshotHeadroom {
  heapUsedBytes: number;
  availableBytes: number;
  requiredBytes: number;
  isEnough: boolean;
}

/**
 * V8 builds a heap snapshot beside the heap it describes, which takes about as much
 * memory again as the heap in use, and the serialised text comes on top: ask for
 * `factor` times the used heap, in memory the process may still take and under the
 * heap's own limit, before risking the process.
 */
export function snapshotHeadroom(
  memory: { heapUsedBytes: number; heapLimitBytes: number; availableMemoryBytes: number },
  factor: number,
): SnapshotHeadroom {
  const availableBytes = Math.min(memory.availableMemoryBytes, memory.heapLimitBytes - memory.heapUsedBytes);
  const requiredBytes = Math.ceil(factor * memory.heapUsedBytes);
  return { heapUsedBytes: memory.heapUsedBytes, availableBytes, requiredBytes, isEnough: availableBytes >= requiredBytes };
}

/** The process' figures now: the used heap, V8's heap limit, and free memory (or the cgroup limit's remainder). */
export function currentMemory() {
  const heap = getHeapStatistics();
  return {
    heapUsedBytes: heap.used_heap_size,
    heapLimitBytes: heap.heap_size_limit,
    availableMemoryBytes: process.availableMemory(),
  };
}
