import { FailureCadence } from './failure-cadence.js';

describe('FailureCadence', () => {
  it('fails exactly every n-th call', () => {
    const cadence = new FailureCadence(5);
    const outcomes = Array.from({ length: 12 }, () => cadence.next());
    expect(outcomes.map((failed, index) => (failed ? index + 1 : null)).filter((call) => call !== null)).toEqual([5, 10]);
  });

  it('refuses a cadence that is not a positive integer', () => {
    expect(() => new FailureCadence(0)).toThrow(RangeError);
    expect(() => new FailureCadence(2.5)).toThrow('every must be a positive integer');
  });
});
