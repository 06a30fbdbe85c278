import { Injectable } from '@nestjs/common';
import { getHeapStatistics } from 'node:v8';

export interface SnapshotHeadroom {
  heapUsedBytes: number;
  availableBytes: number;
  requiredBytes: number;
  isEnough: boolean;
}

/**
 * V8 builds a heap snapshot beside the heap it describes, which takes about as much
 * memory again as the heap in use, and the serialised text on top: ask for twice the
 * used heap before risking the process.
 */
export function snapshotHeadroom(heapUsedBytes: number, availableBytes: number): SnapshotHeadroom {
  const requiredBytes = 2 * heapUsedBytes;
  return { heapUsedBytes, availableBytes, requiredBytes, isEnough: availableBytes >= requiredBytes };
}

/** The process' memory figures the snapshot check reads; a provider so tests can stand in. */
@Injectable()
export class ProcessMemory {
  heapUsedBytes(): number {
    return getHeapStatistics().used_heap_size;
  }

  /** What the process may still use: free memory, or the cgroup limit's remainder in a container. */
  availableBytes(): number {
    return process.availableMemory();
  }
}
