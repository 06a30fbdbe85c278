import { Registry } from 'prom-client';
import { ManualClock } from '../../../common/clock.js';
import { loadConfig } from '../../../config/app-config.js';
import { LiveMetrics } from '../live-metrics.js';
import type { CpuTimes } from './cpu-usage.js';
import type { FsBlocks } from './disk-usage.js';
import { SystemCollector } from './system.collector.js';
import { SystemReader } from './system-reader.js';

const times = (user: number, idle: number): CpuTimes => ({ user, nice: 0, sys: 0, idle, irq: 0 });

class FakeSystemReader extends SystemReader {
  cpu: CpuTimes[] = [times(100, 300), times(300, 100)];
  netDevText: string | undefined = 'h1\nh2\n  eth0: 1000 0 0 0 0 0 0 0 2000 0 0 0 0 0 0 0\n';
  mountsText: string | undefined = 'overlay / overlay rw 0 0\n/dev/sdb1 /data ext4 rw 0 0\n';
  filesystems: Record<string, FsBlocks> = {
    '/': { bsize: 1_024, blocks: 100, bfree: 40, bavail: 40 },
    '/data': { bsize: 1_024, blocks: 1_000, bfree: 250, bavail: 250 },
  };

  cpuTimes = () => this.cpu;
  loadAverage = () => [0.5, 0.25, 0.125];
  memory = () => ({ totalBytes: 8_000, freeBytes: 2_000 });
  uptimeSeconds = () => 3_600;
  netDev = async () => this.netDevText;
  mounts = async () => this.mountsText;
  statfs = async (path: string) => {
    const fs = this.filesystems[path];
    if (!fs) throw new Error(`ENOENT: ${path}`);
    return fs;
  };
}

async function valuesOf(registry: Registry, name: string): Promise<[Record<string, unknown>, number][]> {
  const metric = registry.getSingleMetric(name);
  if (!metric) throw new Error(`no metric ${name}`);
  return (await metric.get()).values.map((v) => [v.labels, v.value]);
}

describe('SystemCollector', () => {
  let registry: Registry;
  let reader: FakeSystemReader;
  let clock: ManualClock;
  let collector: SystemCollector;

  beforeEach(() => {
    registry = new Registry();
    reader = new FakeSystemReader();
    clock = new ManualClock();
    const config = loadConfig({ METRICS_DISK_PATHS: '/,/data/vigil,/srv' });
    collector = new SystemCollector(new LiveMetrics(registry), reader, clock, config);
    collector.onModuleInit();
  });
  afterEach(() => collector.onModuleDestroy());

  describe('scrape', () => {
    it('reports CPU utilisation since boot first, then over the window since the last reading', async () => {
      expect(await valuesOf(registry, 'vigil_system_cpu_utilisation_ratio')).toEqual([[{}, 0.5]]);
      reader.cpu = [times(200, 400), times(500, 100)];
      clock.advance(1_000);
      expect(await valuesOf(registry, 'vigil_system_cpu_utilisation_ratio')).toEqual([[{}, 0.75]]);
      expect(await valuesOf(registry, 'vigil_system_cpu_core_utilisation_ratio')).toEqual([
        [{ cpu: '0' }, 0.5],
        [{ cpu: '1' }, 1],
      ]);
    });

    it('reports load, memory and uptime as read', async () => {
      expect(await valuesOf(registry, 'vigil_system_load5')).toEqual([[{}, 0.25]]);
      expect(await valuesOf(registry, 'vigil_system_memory_used_bytes')).toEqual([[{}, 6_000]]);
      expect(await valuesOf(registry, 'vigil_system_memory_total_bytes')).toEqual([[{}, 8_000]]);
      expect(await valuesOf(registry, 'vigil_system_uptime_seconds')).toEqual([[{}, 3_600]]);
    });

    it('reports each configured path under its mount, once per mount', async () => {
      // /srv lives on / (no mount of its own), /data/vigil on /data.
      expect(await valuesOf(registry, 'vigil_system_disk_used_bytes')).toEqual([
        [{ mount: '/' }, 61_440],
        [{ mount: '/data' }, 768_000],
      ]);
      expect(await valuesOf(registry, 'vigil_system_disk_free_bytes')).toEqual([
        [{ mount: '/' }, 40_960],
        [{ mount: '/data' }, 256_000],
      ]);
    });

    it('leaves out a mount it cannot read and keeps the others', async () => {
      delete reader.filesystems['/data'];
      expect((await collector.disks()).map((d) => d.mount)).toEqual(['/']);
    });

    it('reports network byte counters per interface', async () => {
      expect(await valuesOf(registry, 'vigil_system_network_receive_bytes_total')).toEqual([[{ interface: 'eth0' }, 1_000]]);
      expect(await valuesOf(registry, 'vigil_system_network_transmit_bytes_total')).toEqual([[{ interface: 'eth0' }, 2_000]]);
    });

    it('leaves network figures out, instead of failing the scrape, when /proc/net/dev cannot be read', async () => {
      reader.netDev = async () => {
        throw new Error('EIO: i/o error');
      };
      expect(await collector.network()).toEqual([]);
      expect((await registry.metrics()).length).toBeGreaterThan(0);
    });

    it('reports no network series where /proc/net/dev does not exist', async () => {
      reader.netDevText = undefined;
      expect(await collector.network()).toEqual([]);
      expect(await valuesOf(registry, 'vigil_system_network_receive_bytes_total')).toEqual([]);
    });
  });
});
