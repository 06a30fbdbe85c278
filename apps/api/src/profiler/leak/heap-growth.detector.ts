import type { LeakReport } from '@vigil/types';
import type { Clock } from '../../common/clock.js';
import { fitLine } from './least-squares.js';

export interface HeapGrowthOptions {
  windowMs: number;
  thresholdBytesPerMinute: number;
  /** Fewer points than this never raise a suspicion. */
  minSamples: number;
  /** A trend that explains less of the variance than this is noise, however steep. */
  minRSquared: number;
  /** A burst of collections is one observation: closer samples are dropped. */
  minGapMs: number;
}

export const DEFAULT_HEAP_GROWTH_TUNING = { minSamples: 6, minRSquared: 0.5, minGapMs: 5_000 } as const;

interface Point {
  at: number;
  bytes: number;
}

const MIB = 1024 * 1024;
const formatRate = (bytesPerMinute: number) => `${(bytesPerMinute / MIB).toFixed(2)} MiB/min`;

/**
 * Flags a leak when heap used after GC keeps growing: a least-squares line through the
 * samples of the sliding window must climb at least the threshold and fit well. The
 * window must also be at least half full, so start-up growth (module loading, warming
 * caches) is not mistaken for a leak.
 */
export class HeapGrowthDetector {
  private points: Point[] = [];

  constructor(
    private readonly options: HeapGrowthOptions,
    private readonly clock: Clock,
  ) {}

  /** Returns whether the sample was kept. */
  record(at: Date, heapUsedBytes: number): boolean {
    this.evictOld();
    const last = this.points[this.points.length - 1];
    if (last && at.getTime() - last.at < this.options.minGapMs) return false;
    this.points.push({ at: at.getTime(), bytes: heapUsedBytes });
    return true;
  }

  report(): LeakReport {
    this.evictOld();
    const { windowMs, thresholdBytesPerMinute, minSamples, minRSquared } = this.options;
    const points = this.points;
    const spanMs = points.length > 0 ? points[points.length - 1]!.at - points[0]!.at : 0;
    const base = {
      thresholdBytesPerMinute,
      windowMs,
      spanMs,
      evidence: points.map((p) => ({ at: new Date(p.at).toISOString(), heapUsedBytes: p.bytes })),
    };
    const fit =
      points.length >= 2 && spanMs > 0
        ? fitLine(points.map((p) => ({ x: (p.at - points[0]!.at) / 60_000, y: p.bytes })))
        : { slope: 0, rSquared: 0 };
    const trend = { slopeBytesPerMinute: Math.round(fit.slope), rSquared: Math.round(fit.rSquared * 1_000) / 1_000 };
    const verdict = (suspected: boolean, reason: string): LeakReport => ({ suspected, ...trend, reason, ...base });

    if (points.length < minSamples) {
      return verdict(false, `${points.length} of the ${minSamples} samples needed after major GCs`);
    }
    if (spanMs < windowMs / 2) {
      return verdict(false, `samples span ${Math.round(spanMs / 60_000)} of the ${Math.round(windowMs / 120_000)} min needed`);
    }
    const rate = `heap after GC grows ${formatRate(fit.slope)} (threshold ${formatRate(thresholdBytesPerMinute)})`;
    if (fit.slope < thresholdBytesPerMinute) return verdict(false, `steady: ${rate}`);
    if (fit.rSquared < minRSquared) {
      return verdict(false, `no steady trend: ${rate}, but the fit explains r² ${trend.rSquared} < ${minRSquared}`);
    }
    return verdict(true, `${rate} over ${Math.round(spanMs / 60_000)} min, r² ${trend.rSquared}`);
  }

  private evictOld(): void {
    const oldest = this.clock.now().getTime() - this.options.windowMs;
    if (this.points.length > 0 && this.points[0]!.at < oldest) {
      this.points = this.points.filter((p) => p.at >= oldest);
    }
  }
}
