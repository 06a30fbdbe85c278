import { Injectable } from '@nestjs/common';
import type { MetricCatalogEntry } from '@vigil/types';
import { register } from 'prom-client';
import { MetricHistoryRepository } from './metric-history.repository.js';

/** Every metric this instance exposes now, plus those only found in stored history. */
@Injectable()
export class MetricCatalogService {
  constructor(private readonly repository: MetricHistoryRepository) {}

  async list(): Promise<MetricCatalogEntry[]> {
    const entries = new Map<string, MetricCatalogEntry>();
    for (const metric of await register.getMetricsAsJSON()) {
      const labelKeys = new Set<string>();
      for (const value of metric.values) {
        for (const key of Object.keys(value.labels)) if (key !== 'le' && key !== 'quantile') labelKeys.add(key);
      }
      entries.set(metric.name, {
        name: metric.name,
        type: String(metric.type) as MetricCatalogEntry['type'],
        help: metric.help,
        labelKeys: [...labelKeys].sort(),
        isLive: true,
      });
    }
    for (const stored of await this.repository.catalog()) {
      const live = entries.get(stored.name);
      if (live) {
        // Stored series carry `instance` and labels other replicas reported.
        live.labelKeys = [...new Set([...live.labelKeys, ...stored.labelKeys])].sort();
      } else {
        entries.set(stored.name, { ...stored, labelKeys: [...stored.labelKeys].sort(), isLive: false });
      }
    }
    return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
