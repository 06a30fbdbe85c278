import { snapshotHeadroom } from './snapshot-headroom.js';

const MIB = 1024 * 1024;

describe('snapshotHeadroom', () => {
  it('is enough when free memory and the heap limit both leave twice the used heap', () => {
    const headroom = snapshotHeadroom({ heapUsedBytes: 100 * MIB, heapLimitBytes: 4096 * MIB, availableMemoryBytes: 1024 * MIB }, 2);
    expect(headroom).toEqual({ heapUsedBytes: 100 * MIB, availableBytes: 1024 * MIB, requiredBytes: 200 * MIB, isEnough: true });
  });

  it('is not enough when the heap is close to its limit, whatever the free memory', () => {
    const headroom = snapshotHeadroom({ heapUsedBytes: 900 * MIB, heapLimitBytes: 1024 * MIB, availableMemoryBytes: 8192 * MIB }, 2);
    expect(headroom.availableBytes).toBe(124 * MIB);
    expect(headroom.isEnough).toBe(false);
  });

  it('is not enough when free memory is short', () => {
    expect(snapshotHeadroom({ heapUsedBytes: 100 * MIB, heapLimitBytes: 4096 * MIB, availableMemoryBytes: 150 * MIB }, 2).isEnough).toBe(
      false,
    );
  });
});
