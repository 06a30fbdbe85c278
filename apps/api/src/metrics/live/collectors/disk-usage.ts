import type { DiskUsage } from '@vigil/types';

/** The fields of `fs.statfs` this needs: block size and block counts. */
export interface FsBlocks {
  bsize: number;
  blocks: number;
  bfree: number;
  bavail: number;
}

/** `/proc/mounts` escapes space, tab, newline and backslash in paths as octal. */
const unescapeMountPath = (path: string) =>
  path.replace(/\\([0-7]{3})/g, (_match, octal: string) => String.fromCharCode(parseInt(octal, 8)));

/** Mount points listed in `/proc/mounts` (second field of each line). */
export function parseMountPoints(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.split(' ')[1])
    .filter((field): field is string => field !== undefined && field.startsWith('/'))
    .map(unescapeMountPath);
}

/** The mount holding `path`: the longest mount point that is the path or one of its parents. */
export function mountPointOf(path: string, mountPoints: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const mount of mountPoints) {
    const holds = path === mount || path.startsWith(mount === '/' ? '/' : `${mount}/`);
    if (holds && (best === undefined || mount.length > best.length)) best = mount;
  }
  return best;
}

/**
 * What to `statfs`: each configured path's mount, once (`/` and a data directory on the
 * same disk are one series). Without a mount table the paths themselves are used.
 */
export function diskTargets(paths: readonly string[], mountPoints: readonly string[] | undefined): string[] {
  const targets = paths.map((path) => (mountPoints ? (mountPointOf(path, mountPoints) ?? path) : path));
  return [...new Set(targets)];
}

/** `df` arithmetic: used excludes reserved blocks, free is what unprivileged writers get. */
export function diskUsageOf(mount: string, fs: FsBlocks): DiskUsage {
  const usedBytes = (fs.blocks - fs.bfree) * fs.bsize;
  const freeBytes = fs.bavail * fs.bsize;
  const usable = usedBytes + freeBytes;
  return {
    mount,
    totalBytes: fs.blocks * fs.bsize,
    usedBytes,
    freeBytes,
    usedPercent: usable > 0 ? Math.round((usedBytes / usable) * 1_000) / 10 : 0,
  };
}
