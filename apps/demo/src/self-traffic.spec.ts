import { ownUrl, pickCall, TRAFFIC_MIX } from './self-traffic.js';

describe('pickCall', () => {
  it('gives each call the share of draws its weight says', () => {
    const draws = 10_000;
    const counts = new Map<string, number>();
    for (let i = 0; i < draws; i += 1) {
      const call = pickCall(i / draws);
      counts.set(call.path, (counts.get(call.path) ?? 0) + 1);
    }
    const total = TRAFFIC_MIX.reduce((sum, call) => sum + call.weight, 0);
    for (const call of TRAFFIC_MIX) expect(counts.get(call.path)).toBe((call.weight / total) * draws);
  });

  it('keeps the edges inside the mix', () => {
    expect(pickCall(0)).toBe(TRAFFIC_MIX[0]);
    expect(pickCall(0.999_999)).toBe(TRAFFIC_MIX[TRAFFIC_MIX.length - 1]);
  });
});

describe('ownUrl', () => {
  it('reaches a wildcard listener over loopback and brackets IPv6 addresses', () => {
    expect(ownUrl('0.0.0.0', 3002)).toBe('http://127.0.0.1:3002');
    expect(ownUrl('::', 3002)).toBe('http://127.0.0.1:3002');
    expect(ownUrl('::1', 3002)).toBe('http://[::1]:3002');
    expect(ownUrl('127.0.0.1', 80)).toBe('http://127.0.0.1:80');
  });
});
