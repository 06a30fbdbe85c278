import { parseProcNetDev } from './proc-net-dev.js';

const SAMPLE = [
  'Inter-|   Receive                                                |  Transmit',
  ' face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed',
  '    lo: 4503269   40123    0    0    0     0          0         0  4503269   40123    0    0    0     0       0          0',
  '  eth0:987654321 812345    0   12    0     0          0       301 123456789  654321    0    0    0     0       0          0',
  'veth1a2b: 100 1 0 0 0 0 0 0 200 2 0 0 0 0 0 0',
  '',
].join('\n');

describe('parseProcNetDev', () => {
  it('reads received and transmitted bytes per interface, with or without a space after the colon', () => {
    expect(parseProcNetDev(SAMPLE, 16)).toEqual([
      { interface: 'lo', receiveBytes: 4_503_269, transmitBytes: 4_503_269 },
      { interface: 'eth0', receiveBytes: 987_654_321, transmitBytes: 123_456_789 },
      { interface: 'veth1a2b', receiveBytes: 100, transmitBytes: 200 },
    ]);
  });

  it('keeps only the first interfaces up to the cap', () => {
    expect(parseProcNetDev(SAMPLE, 2).map((c) => c.interface)).toEqual(['lo', 'eth0']);
  });

  it('skips lines it cannot read instead of inventing numbers', () => {
    expect(parseProcNetDev('junk\n  eth0: 1 2 3\n  eth1: x 0 0 0 0 0 0 0 5\n', 16)).toEqual([]);
  });
});
