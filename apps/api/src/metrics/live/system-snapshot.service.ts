import { Inject, Injectable } from '@nestjs/common';
import type { SystemMetricsSnapshot } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ProcessCollector } from './collectors/process.collector.js';
import { SystemCollector } from './collectors/system.collector.js';

const percent = (ratio: number) => Math.round(ratio * 1_000) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** The host and process figures of `GET /api/v1/metrics/system`, from the same collectors as `/metrics`. */
@Injectable()
export class SystemSnapshotService {
  constructor(
    private readonly system: SystemCollector,
    private readonly process: ProcessCollector,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async current(): Promise<SystemMetricsSnapshot> {
    const [disks, network] = await Promise.all([this.system.disks(), this.system.network()]);
    const cpu = this.system.cpuUsage();
    const [one = 0, five = 0, fifteen = 0] = this.system.loadAverage();
    const memory = this.system.memory();
    return {
      instanceId: this.config.instanceId,
      collectedAt: this.clock.now().toISOString(),
      cpu: {
        utilisationPercent: percent(cpu.overall),
        cores: cpu.cores.map((ratio, core) => ({ core, utilisationPercent: percent(ratio) })),
      },
      load: { one: round2(one), five: round2(five), fifteen: round2(fifteen) },
      memory: {
        ...memory,
        usedPercent: memory.totalBytes > 0 ? percent(memory.usedBytes / memory.totalBytes) : 0,
      },
      disks,
      network,
      uptimeSeconds: Math.round(this.system.uptimeSeconds()),
      process: this.process.figures(),
    };
  }
}
