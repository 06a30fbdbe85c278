import { readFile, statfs } from 'node:fs/promises';
import { cpus, freemem, loadavg, totalmem, uptime } from 'node:os';
import type { CpuTimes } from './cpu-usage.js';
import type { FsBlocks } from './disk-usage.js';

/**
 * Where the system collector gets its raw figures. Injected so tests feed fixed CPU
 * times, `/proc` text and filesystem figures.
 */
export abstract class SystemReader {
  abstract cpuTimes(): CpuTimes[];
  abstract loadAverage(): number[];
  abstract memory(): { totalBytes: number; freeBytes: number };
  abstract uptimeSeconds(): number;
  /** `/proc/net/dev`, or undefined where there is none (not Linux). */
  abstract netDev(): Promise<string | undefined>;
  /** `/proc/mounts`, or undefined where there is none. */
  abstract mounts(): Promise<string | undefined>;
  abstract statfs(path: string): Promise<FsBlocks>;
}

/** Absent or unreadable `/proc` files mean "not on this platform", not a failure. */
async function readProcFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM') return undefined;
    throw error;
  }
}

export class NodeSystemReader extends SystemReader {
  cpuTimes(): CpuTimes[] {
    return cpus().map((cpu) => cpu.times);
  }

  loadAverage(): number[] {
    return loadavg();
  }

  memory(): { totalBytes: number; freeBytes: number } {
    return { totalBytes: totalmem(), freeBytes: freemem() };
  }

  uptimeSeconds(): number {
    return uptime();
  }

  netDev(): Promise<string | undefined> {
    return readProcFile('/proc/net/dev');
  }

  mounts(): Promise<string | undefined> {
    return readProcFile('/proc/mounts');
  }

  statfs(path: string): Promise<FsBlocks> {
    return statfs(path);
  }
}
