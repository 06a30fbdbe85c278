import type { SeriesSample } from '../../metrics/history/registry-snapshot.js';
import type { ExpositionFamily, ExpositionSample } from './exposition-parser.js';

/**
 * The series a scrape stores. As Prometheus with `honor_labels: false`, a label the
 * exposition sets that the target also sets (`service`, `instance`, a target label) is
 * kept as `exported_<name>`, and the target's value wins. Histograms become one series
 * per label set (count, finite bucket bounds and counts) plus `<name>_sum`, as Vigil
 * stores its own; a summary keeps `_sum`, `_count` and each quantile. Samples that are
 * not finite numbers are dropped: the store holds none.
 */
export function seriesOfExposition(families: readonly ExpositionFamily[], targetLabels: Record<string, string>): SeriesSample[] {
  const out: SeriesSample[] = [];
  const label = (sample: ExpositionSample, omit?: string) => withTargetLabels(sample.labels, targetLabels, omit);
  for (const family of families) {
    if (family.type === 'histogram') {
      out.push(...histogramSeries(family, targetLabels));
      continue;
    }
    for (const sample of family.samples) {
      if (!Number.isFinite(sample.value)) continue;
      const type = family.type === 'counter' || (family.type === 'summary' && sample.name !== family.name) ? 'counter' : 'gauge';
      out.push({ name: sample.name, type, help: family.help, labels: label(sample), value: sample.value, bounds: null, buckets: null });
    }
  }
  return out;
}

function withTargetLabels(labels: Record<string, string>, target: Record<string, string>, omit?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(labels)) {
    if (name === omit) continue;
    out[name in target ? `exported_${name}` : name] = value;
  }
  return Object.assign(out, target);
}

interface HistogramGroup {
  labels: Record<string, string>;
  bounds: number[];
  counts: number[];
  count: number | undefined;
  infinite: number | undefined;
  sum: number | undefined;
}

function histogramSeries(family: ExpositionFamily, target: Record<string, string>): SeriesSample[] {
  const groups = new Map<string, HistogramGroup>();
  for (const sample of family.samples) {
    const labels = withTargetLabels(sample.labels, target, 'le');
    const key = JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { labels, bounds: [], counts: [], count: undefined, infinite: undefined, sum: undefined }));
    if (sample.name === `${family.name}_bucket`) {
      const le = Number(sample.labels.le === '+Inf' ? Infinity : sample.labels.le);
      if (le === Infinity) group.infinite = sample.value;
      else if (Number.isFinite(le)) {
        group.bounds.push(le);
        group.counts.push(sample.value);
      }
    } else if (sample.name === `${family.name}_count`) group.count = sample.value;
    else if (sample.name === `${family.name}_sum`) group.sum = sample.value;
  }
  const out: SeriesSample[] = [];
  for (const g of groups.values()) {
    const count = g.count ?? g.infinite;
    if (count === undefined || !Number.isFinite(count)) continue;
    const order = g.bounds.map((_, i) => i).sort((a, b) => (g.bounds[a] ?? 0) - (g.bounds[b] ?? 0));
    out.push({
      name: family.name,
      type: 'histogram',
      help: family.help,
      labels: g.labels,
      value: count,
      bounds: order.map((i) => g.bounds[i] ?? 0),
      buckets: order.map((i) => g.counts[i] ?? 0),
    });
    if (g.sum !== undefined && Number.isFinite(g.sum)) {
      out.push({ name: `${family.name}_sum`, type: 'counter', help: family.help, labels: g.labels, value: g.sum, bounds: null, buckets: null });
    }
  }
  return out;
}

/** Sample lines in an exposition, counted without parsing it, so an oversized scrape fails before it costs memory. */
export function countSampleLines(text: string): number {
  let count = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A line that is not blank and not a comment is a sample.
    let i = start;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i < end && text[i] !== '#') count++;
    start = end + 1;
  }
  return count;
}
