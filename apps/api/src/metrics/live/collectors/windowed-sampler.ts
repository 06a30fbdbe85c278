/**
 * Turns cumulative readings (CPU times, event-loop busy time) into a rate over a window.
 * A scrape and a snapshot may arrive a millisecond apart; a window that short gives
 * noise, so a reading younger than `minWindowMs` returns the previous result instead.
 */
export class WindowedSampler<Reading, Result> {
  private baseline: Reading | undefined;
  private takenAt = -Infinity;
  private result: Result | undefined;

  constructor(
    private readonly read: () => Reading,
    private readonly between: (previous: Reading | undefined, current: Reading) => Result,
    private readonly now: () => number,
    private readonly minWindowMs = 1_000,
  ) {}

  current(): Result {
    const now = this.now();
    if (this.result !== undefined && now - this.takenAt < this.minWindowMs) return this.result;
    const reading = this.read();
    this.result = this.between(this.baseline, reading);
    this.baseline = reading;
    this.takenAt = now;
    return this.result;
  }
}
