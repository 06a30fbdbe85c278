import { hostname } from 'node:os';
import type { AgentHeartbeat } from '@vigil/types';
import type { ResolvedVigilOptions } from '../options/resolved-options.js';
import { joinUrl } from './advertised-url.js';

/** When this process started, from the clock origin Node keeps for it. */
const PROCESS_STARTED_AT = new Date(performance.timeOrigin).toISOString();

/** The heartbeat, for an instance the server reaches at `baseUrl`. */
export function heartbeatBody(options: ResolvedVigilOptions, baseUrl: string, intervalMs: number): AgentHeartbeat {
  return {
    service: options.service,
    instanceId: options.instanceId,
    version: options.version,
    baseUrl,
    metricsUrl: options.metrics ? joinUrl(baseUrl, options.metrics.path) : null,
    metricsTokenRequired: options.metrics?.token !== null && options.metrics?.token !== undefined,
    readinessUrl: options.probes ? joinUrl(baseUrl, options.probes.readyPath) : null,
    pid: process.pid,
    host: hostname(),
    startedAt: PROCESS_STARTED_AT,
    controlPrefix: options.profiler?.prefix ?? null,
    intervalMs,
  };
}
