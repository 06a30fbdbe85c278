import { OVERLOAD_SHARE_FACTOR, type LoadBalancerFlag } from '@vigil/types';

/** The windows offered; the API takes any duration from 1m to 1h and defaults to 5m. */
export const LOAD_BALANCER_WINDOWS = ['1m', '5m', '15m', '1h'] as const;
export type LoadBalancerWindow = (typeof LOAD_BALANCER_WINDOWS)[number];
export const DEFAULT_LOAD_BALANCER_WINDOW: LoadBalancerWindow = '5m';

export const WINDOW_LABELS: Record<LoadBalancerWindow, string> = { '1m': '1 minute', '5m': '5 minutes', '15m': '15 minutes', '1h': '1 hour' };

export function isLoadBalancerWindow(value: string): value is LoadBalancerWindow {
  return (LOAD_BALANCER_WINDOWS as readonly string[]).includes(value);
}

const FLAG_WORDING: Record<LoadBalancerFlag, string> = {
  overloaded: `takes over ${OVERLOAD_SHARE_FACTOR}× its share`,
  'not-ready-with-traffic': 'not ready but receiving traffic',
};

export function describeFlag(flag: LoadBalancerFlag): string {
  return FLAG_WORDING[flag];
}

/** null: the instance recorded no health check lately, so its readiness is unknown. */
export function describeReadiness(isReady: boolean | null): string {
  if (isReady === null) return 'No recent health check';
  return isReady ? 'Ready' : 'Not ready';
}

/** Requests counted from a counter's increase are extrapolated, so rarely whole: shown as the nearest whole number. */
export function formatRequests(requests: number): string {
  return Number.isFinite(requests) ? String(Math.round(requests)) : '—';
}

/** "1.42×": the largest share over the even share; a dash without traffic. */
export function formatImbalance(imbalance: number | null): string {
  return imbalance === null || !Number.isFinite(imbalance) ? '—' : `${imbalance.toFixed(2)}×`;
}

/** "0.23": the shares' standard deviation over their mean; a dash without traffic. */
export function formatVariation(coefficient: number | null): string {
  return coefficient === null || !Number.isFinite(coefficient) ? '—' : coefficient.toFixed(2);
}
