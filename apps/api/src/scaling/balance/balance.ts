import { OVERLOAD_SHARE_FACTOR, type LoadBalancerFlag, type LoadBalancerInstance } from '@vigil/types';

export interface InstanceTraffic {
  instance: string;
  requests: number | undefined;
  p95Seconds: number | undefined;
  errorRate: number | undefined;
  isReady: boolean | null;
}

export interface Balance {
  totalRequests: number;
  meanShare: number | null;
  imbalance: number | null;
  coefficientOfVariation: number | null;
  instances: LoadBalancerInstance[];
}

/**
 * Each instance's share of the requests and the figures of the spread: the largest
 * share over the mean (1 is even) and the coefficient of variation. An instance over
 * 1.5× the mean share, or not ready while still taking requests, is flagged.
 */
export function balanceOf(traffic: readonly InstanceTraffic[]): Balance {
  const totalRequests = traffic.reduce((sum, t) => sum + (t.requests ?? 0), 0);
  const meanShare = traffic.length === 0 ? null : 1 / traffic.length;
  const share = (t: InstanceTraffic) => (totalRequests > 0 ? (t.requests ?? 0) / totalRequests : 0);
  const instances = traffic.map((t): LoadBalancerInstance => {
    const flags: LoadBalancerFlag[] = [];
    if (meanShare !== null && totalRequests > 0 && share(t) > OVERLOAD_SHARE_FACTOR * meanShare) flags.push('overloaded');
    if (t.isReady === false && (t.requests ?? 0) > 0) flags.push('not-ready-with-traffic');
    return {
      instance: t.instance,
      requests: t.requests ?? 0,
      share: share(t),
      p95Seconds: t.p95Seconds ?? null,
      errorRate: (t.requests ?? 0) > 0 ? (t.errorRate ?? 0) : null,
      isReady: t.isReady,
      flags,
    };
  });
  if (totalRequests === 0 || meanShare === null) return { totalRequests, meanShare, imbalance: null, coefficientOfVariation: null, instances };
  const shares = instances.map((i) => i.share);
  const variance = shares.reduce((sum, s) => sum + (s - meanShare) ** 2, 0) / shares.length;
  return {
    totalRequests,
    meanShare,
    imbalance: Math.max(...shares) / meanShare,
    coefficientOfVariation: Math.sqrt(variance) / meanShare,
    instances,
  };
}
