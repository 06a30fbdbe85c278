import { snapshotHeadroom } from './snapshot-headroom.js';

describe('snapshotHeadroom', () => {
  it('asks for twice the used heap in available memory', () => {
    expect(snapshotHeadroom(100, 200)).toEqual({ heapUsedBytes: 100, availableBytes: 200, requiredBytes: 200, isEnough: true });
    expect(snapshotHeadroom(100, 199)).toMatchObject({ requiredBytes: 200, isEnough: false });
  });
});
