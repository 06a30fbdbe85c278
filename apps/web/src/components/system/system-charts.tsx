'use client';

import type { MetricSeries } from '@vigil/types';
import { combineSeries, divideMatching, divideSeries, seriesName } from '../../lib/series-math';
import type { ChartSeries } from '../charts/chart-types';
import { MetricChart } from '../charts/metric-chart';

function named(series: readonly MetricSeries[], keys: readonly string[]): ChartSeries[] {
  return series.map((item) => ({ label: seriesName(item.labels, keys), points: item.points }));
}

/** Loopback traffic is the host talking to itself; it hides the traffic that matters. */
function withoutLoopback(series: readonly MetricSeries[]): MetricSeries[] {
  return series.filter((item) => item.labels.interface !== 'lo');
}

export function SystemCharts() {
  return (
    <div className="chart-grid">
      <MetricChart
        title="CPU utilisation"
        unit="ratio"
        queries={[{ name: 'vigil_system_cpu_utilisation_ratio' }]}
        derive={([cpu]) => named(cpu?.series ?? [], ['instance'])}
      />
      <MetricChart
        title="Memory used"
        unit="bytes"
        queries={[{ name: 'vigil_system_memory_used_bytes' }, { name: 'vigil_system_memory_total_bytes' }]}
        derive={([used, total]) => [
          { label: 'used', points: combineSeries(used?.series ?? [], 'sum') },
          { label: 'total', points: combineSeries(total?.series ?? [], 'sum') },
        ]}
      />
      <MetricChart
        title="Disk used"
        unit="ratio"
        queries={[{ name: 'vigil_system_disk_used_bytes' }, { name: 'vigil_system_disk_size_bytes' }]}
        derive={([used, size]) => named(divideMatching(used?.series ?? [], size?.series ?? [], ['instance', 'mount']), ['mount', 'instance'])}
      />
      <MetricChart
        title="Network throughput"
        unit="bytesPerSecond"
        queries={[
          { name: 'vigil_system_network_receive_bytes_total', fn: 'rate' },
          { name: 'vigil_system_network_transmit_bytes_total', fn: 'rate' },
        ]}
        derive={([received, sent]) => [
          { label: 'receive', points: combineSeries(withoutLoopback(received?.series ?? []), 'sum') },
          { label: 'transmit', points: combineSeries(withoutLoopback(sent?.series ?? []), 'sum') },
        ]}
      />
      <MetricChart
        title="Event-loop delay p99"
        unit="seconds"
        queries={[{ name: 'vigil_nodejs_eventloop_lag_p99_seconds' }]}
        derive={([lag]) => named(lag?.series ?? [], ['instance'])}
      />
      <MetricChart
        title="Event-loop utilisation"
        unit="ratio"
        queries={[{ name: 'vigil_process_event_loop_utilisation_ratio' }]}
        derive={([elu]) => named(elu?.series ?? [], ['instance'])}
      />
      <MetricChart
        title="Heap used / heap total"
        unit="ratio"
        queries={[{ name: 'vigil_nodejs_heap_size_used_bytes' }, { name: 'vigil_nodejs_heap_size_total_bytes' }]}
        derive={([used, total]) => [
          { label: 'heap', points: divideSeries(combineSeries(used?.series ?? [], 'sum'), combineSeries(total?.series ?? [], 'sum')) },
        ]}
      />
    </div>
  );
}
