import type { MetricResolution } from '@vigil/types';

export interface ResolutionChoice {
  resolution: MetricResolution;
  sizeMs: number;
}

/**
 * The coarsest stored resolution that still gives at least one point per step and
 * whose retention reaches back to `from`. When none reaches that far, the finest one
 * that does (points come coarser than asked); failing that, daily rollups.
 */
export function pickResolution(
  stepMs: number,
  from: number,
  now: number,
  collectIntervalMs: number,
  retentionMs: Record<MetricResolution, number>,
): ResolutionChoice {
  const ladder: ResolutionChoice[] = [
    { resolution: 'raw', sizeMs: collectIntervalMs },
    { resolution: '1m', sizeMs: 60_000 },
    { resolution: '5m', sizeMs: 300_000 },
    { resolution: '1h', sizeMs: 3_600_000 },
    { resolution: '1d', sizeMs: 86_400_000 },
  ];
  const reaches = (c: ResolutionChoice) => retentionMs[c.resolution] === 0 || now - retentionMs[c.resolution] <= from;
  const fitting = ladder.filter((c) => c.sizeMs <= stepMs && reaches(c));
  return fitting.at(-1) ?? ladder.find(reaches) ?? { resolution: '1d', sizeMs: 86_400_000 };
}
