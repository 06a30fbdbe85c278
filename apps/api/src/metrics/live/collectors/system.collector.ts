import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { DiskUsage, NetworkInterfaceCounters } from '@vigil/types';
import { Clock } from '../../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { LiveMetrics } from '../live-metrics.js';
import { bindCollect } from '../../../common/metrics/metric-factory.js';
import { cpuUsageBetween, type CpuTimes, type CpuUsage } from './cpu-usage.js';
import { diskTargets, diskUsageOf, parseMountPoints } from './disk-usage.js';
import { parseProcNetDev } from './proc-net-dev.js';
import { RecentValue } from './recent-value.js';
import { SystemReader } from './system-reader.js';
import { WindowedSampler } from './windowed-sampler.js';

/** Hosts running containers have one virtual interface each; the first few are the useful ones. */
export const MAX_NETWORK_INTERFACES = 16;

/** Host figures: CPU, load, memory, disks, network and uptime, computed when read. */
@Injectable()
export class SystemCollector implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SystemCollector.name);
  private readonly cpu: WindowedSampler<CpuTimes[], CpuUsage>;
  private readonly recentDisks: RecentValue<Promise<DiskUsage[]>>;
  private readonly recentNetwork: RecentValue<Promise<NetworkInterfaceCounters[]>>;
  private targets: Promise<string[]> | undefined;
  private readonly reportedFailures = new Set<string>();
  private unbinders: (() => void)[] = [];

  constructor(
    private readonly metrics: LiveMetrics,
    private readonly reader: SystemReader,
    clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const now = () => clock.now().getTime();
    this.cpu = new WindowedSampler(() => reader.cpuTimes(), cpuUsageBetween, now);
    this.recentDisks = new RecentValue(() => this.readDisks(), now);
    this.recentNetwork = new RecentValue(() => this.readNetwork(), now);
  }

  onModuleInit(): void {
    const m = this.metrics.system;
    this.unbinders = [
      bindCollect(m.cpu, () => m.cpu.set(this.cpuUsage().overall)),
      bindCollect(m.cpuCore, () => {
        m.cpuCore.reset();
        this.cpuUsage().cores.forEach((ratio, core) => m.cpuCore.set({ cpu: String(core) }, ratio));
      }),
      bindCollect(m.load1, () => m.load1.set(this.loadAverage()[0] ?? 0)),
      bindCollect(m.load5, () => m.load5.set(this.loadAverage()[1] ?? 0)),
      bindCollect(m.load15, () => m.load15.set(this.loadAverage()[2] ?? 0)),
      bindCollect(m.memoryTotal, () => m.memoryTotal.set(this.memory().totalBytes)),
      bindCollect(m.memoryUsed, () => m.memoryUsed.set(this.memory().usedBytes)),
      bindCollect(m.uptime, () => m.uptime.set(this.uptimeSeconds())),
      bindCollect(m.memoryUtilisation, () => {
        const { totalBytes, usedBytes } = this.memory();
        m.memoryUtilisation.set(totalBytes > 0 ? usedBytes / totalBytes : 0);
      }),
      bindCollect(m.diskUtilisation, async () => {
        const disks = await this.disks();
        m.diskUtilisation.reset();
        for (const disk of disks) {
          const usable = disk.usedBytes + disk.freeBytes;
          if (usable > 0) m.diskUtilisation.set({ mount: disk.mount }, disk.usedBytes / usable);
        }
      }),

      ...(['diskSize', 'diskUsed', 'diskFree'] as const).map((key) =>
        bindCollect(m[key], async () => {
          const field = key === 'diskSize' ? 'totalBytes' : key === 'diskUsed' ? 'usedBytes' : 'freeBytes';
          const disks = await this.disks();
          m[key].reset();
          for (const disk of disks) m[key].set({ mount: disk.mount }, disk[field]);
        }),
      ),
      ...(['networkReceived', 'networkTransmitted'] as const).map((key) =>
        bindCollect(m[key], async () => {
          const field = key === 'networkReceived' ? 'receiveBytes' : 'transmitBytes';
          const interfaces = await this.network();
          m[key].reset();
          for (const counters of interfaces) m[key].inc({ interface: counters.interface }, counters[field]);
        }),
      ),
    ];
  }

  onModuleDestroy(): void {
    for (const unbind of this.unbinders) unbind();
  }

  cpuUsage(): CpuUsage {
    return this.cpu.current();
  }

  loadAverage(): number[] {
    return this.reader.loadAverage();
  }

  memory(): { totalBytes: number; usedBytes: number } {
    const { totalBytes, freeBytes } = this.reader.memory();
    return { totalBytes, usedBytes: totalBytes - freeBytes };
  }

  uptimeSeconds(): number {
    return this.reader.uptimeSeconds();
  }

  disks(): Promise<DiskUsage[]> {
    return this.recentDisks.get();
  }

  network(): Promise<NetworkInterfaceCounters[]> {
    return this.recentNetwork.get();
  }

  private async readNetwork(): Promise<NetworkInterfaceCounters[]> {
    const text = await this.reader.netDev().catch((error: unknown) => this.reportOnce('/proc/net/dev', error));
    return text === undefined ? [] : parseProcNetDev(text, MAX_NETWORK_INTERFACES);
  }

  private async readDisks(): Promise<DiskUsage[]> {
    this.targets ??= this.reader
      .mounts()
      .catch((error: unknown) => this.reportOnce('/proc/mounts', error))
      .then((text) => (text === undefined ? undefined : parseMountPoints(text)))
      .then((mountPoints) => diskTargets(this.config.metrics.diskPaths, mountPoints));
    const usage = await Promise.all((await this.targets).map((mount) => this.readDisk(mount)));
    return usage.filter((disk): disk is DiskUsage => disk !== undefined);
  }

  private async readDisk(mount: string): Promise<DiskUsage | undefined> {
    try {
      return diskUsageOf(mount, await this.reader.statfs(mount));
    } catch (error) {
      return this.reportOnce(mount, error);
    }
  }

  /**
   * A source that cannot be read is left out of the figures rather than failing the
   * scrape (one rejected collect fails every metric), and logged once, not per scrape.
   */
  private reportOnce(source: string, error: unknown): undefined {
    if (!this.reportedFailures.has(source)) {
      this.reportedFailures.add(source);
      this.logger.warn(`cannot read ${source}, leaving it out of the figures: ${(error as Error).message}`);
    }
    return undefined;
  }
}
