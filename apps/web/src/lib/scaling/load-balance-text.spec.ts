import { describeFlag, describeReadiness, formatImbalance, formatRequests, formatVariation, isLoadBalancerWindow } from './load-balance-text';
import { unevenBalance } from './simulation.fixture';

describe('describeFlag', () => {
  it('words each flag plainly, with the overload factor of the contract', () => {
    expect(unevenBalance.instances[0]?.flags.map(describeFlag)).toEqual(['takes over 1.5× its share', 'not ready but receiving traffic']);
  });
});

describe('describeReadiness', () => {
  it('tells ready, not ready and unknown apart', () => {
    expect([true, false, null].map(describeReadiness)).toEqual(['Ready', 'Not ready', 'No recent health check']);
  });
});

describe('formatRequests', () => {
  it('rounds the extrapolated increase to whole requests', () => {
    expect(unevenBalance.instances.map((instance) => formatRequests(instance.requests))).toEqual(['360', '40']);
  });
});

describe('formatImbalance and formatVariation', () => {
  it('show two decimals, and a dash without traffic', () => {
    expect(formatImbalance(unevenBalance.imbalance)).toBe('1.80×');
    expect(formatVariation(unevenBalance.coefficientOfVariation)).toBe('0.80');
    expect([formatImbalance(null), formatVariation(null)]).toEqual(['—', '—']);
  });
});

describe('isLoadBalancerWindow', () => {
  it('accepts the offered windows only', () => {
    expect(['1m', '5m', '15m', '1h', '2h'].filter(isLoadBalancerWindow)).toEqual(['1m', '5m', '15m', '1h']);
  });
});
