/**
 * Fails every `every`-th call, counted per process: an error rate that is exact (one in
 * five is 20%) rather than random, so alerts and SLOs on the demo behave the same each run.
 */
export class FailureCadence {
  private calls = 0;

  constructor(private readonly every: number) {
    if (!Number.isInteger(every) || every < 1) throw new RangeError('every must be a positive integer');
  }

  /** True when this call is one that fails. */
  next(): boolean {
    this.calls += 1;
    return this.calls % this.every === 0;
  }
}
