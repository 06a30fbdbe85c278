/** The load-balancer view: how a service's requests spread over its instances. */
import { z } from 'zod';
import { duration, Timestamp } from './fields.js';
import { ServiceName, VIGIL_SERVICE } from './scaling-services.js';

/** An instance taking more than this many times the mean share is flagged. */
export const OVERLOAD_SHARE_FACTOR = 1.5;

export const LoadBalancerQuery = z.strictObject({
  service: ServiceName.default(VIGIL_SERVICE),
  /** How far back requests, latency and errors are counted. */
  window: duration({ min: 60_000, max: 3_600_000 }).default('5m'),
});
export type LoadBalancerQuery = z.output<typeof LoadBalancerQuery>;

export const LOAD_BALANCER_FLAGS = ['overloaded', 'not-ready-with-traffic'] as const;
export const LoadBalancerFlag = z.enum(LOAD_BALANCER_FLAGS);
export type LoadBalancerFlag = z.infer<typeof LoadBalancerFlag>;

export const LoadBalancerInstance = z.object({
  instance: z.string(),
  /** Requests answered in the window. */
  requests: z.number(),
  /** Its part of the service's requests, 0 to 1. */
  share: z.number(),
  p95Seconds: z.number().nullable(),
  /** Share of its requests answered 5xx; null without requests. */
  errorRate: z.number().nullable(),
  /** No critical component down in its latest recorded health checks; null when it recorded none lately. */
  isReady: z.boolean().nullable(),
  flags: z.array(LoadBalancerFlag),
});
export type LoadBalancerInstance = z.infer<typeof LoadBalancerInstance>;

export const LoadBalancerView = z.object({
  service: z.string(),
  window: z.string(),
  at: Timestamp,
  totalRequests: z.number(),
  /** 1 / instances: the share each would take if balanced. */
  meanShare: z.number().nullable(),
  /** Largest share over the mean share: 1 is even; null without traffic. */
  imbalance: z.number().nullable(),
  /** Standard deviation of the shares over their mean; 0 is even. */
  coefficientOfVariation: z.number().nullable(),
  instances: z.array(LoadBalancerInstance),
});
export type LoadBalancerView = z.infer<typeof LoadBalancerView>;
