import { diskTargets, diskUsageOf, mountPointOf, parseMountPoints } from './disk-usage.js';

const MOUNTS = [
  'overlay / overlay rw,relatime 0 0',
  'proc /proc proc rw,nosuid 0 0',
  '/dev/sda1 /var/lib/vigil ext4 rw,relatime 0 0',
  '/dev/sdb1 /mnt/backup\\040disk ext4 rw 0 0',
  '',
].join('\n');

describe('parseMountPoints', () => {
  it('lists mount points and decodes octal escapes', () => {
    expect(parseMountPoints(MOUNTS)).toEqual(['/', '/proc', '/var/lib/vigil', '/mnt/backup disk']);
  });
});

describe('mountPointOf', () => {
  const mounts = parseMountPoints(MOUNTS);

  it('picks the deepest mount holding the path', () => {
    expect(mountPointOf('/var/lib/vigil/pgdata', mounts)).toBe('/var/lib/vigil');
    expect(mountPointOf('/var/lib/vigil', mounts)).toBe('/var/lib/vigil');
    expect(mountPointOf('/var/lib/vigilant', mounts)).toBe('/');
    expect(mountPointOf('/mnt/backup disk/x', mounts)).toBe('/mnt/backup disk');
  });
});

describe('diskTargets', () => {
  it('reports paths on the same mount once', () => {
    expect(diskTargets(['/', '/srv/app/.data'], ['/'])).toEqual(['/']);
    expect(diskTargets(['/', '/var/lib/vigil/data'], parseMountPoints(MOUNTS))).toEqual(['/', '/var/lib/vigil']);
  });

  it('uses the paths themselves without a mount table', () => {
    expect(diskTargets(['/', '/data'], undefined)).toEqual(['/', '/data']);
  });
});

describe('diskUsageOf', () => {
  it('computes size, used, free and the df percentage from block counts', () => {
    // 1 000 blocks of 4 KiB; 400 free of which 350 available (50 reserved for root).
    expect(diskUsageOf('/', { bsize: 4_096, blocks: 1_000, bfree: 400, bavail: 350 })).toEqual({
      mount: '/',
      totalBytes: 4_096_000,
      usedBytes: 2_457_600,
      freeBytes: 1_433_600,
      usedPercent: 63.2,
    });
  });

  it('reports 0% for an empty filesystem with no blocks', () => {
    expect(diskUsageOf('/x', { bsize: 4_096, blocks: 0, bfree: 0, bavail: 0 }).usedPercent).toBe(0);
  });
});
