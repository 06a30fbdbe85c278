import { hostname } from 'node:os';
import { AGENT_HEARTBEAT_PATH } from '@vigil/types';
import { DEFAULTS, KNOWN_HTTP_METHODS, OTEL_HTTP_DURATION_BUCKETS } from './defaults.js';
import type { ResolvedProbesOptions, ResolvedVigilOptions } from './resolved-options.js';
import type { VigilModuleOptions, VigilProbesOptions, VigilRegistrationOptions } from './vigil-options.js';

/** A bad option stops the app's boot, naming the option and what is wrong with it. */
export class VigilOptionsError extends Error {
  constructor(option: string, problem: string) {
    super(`VigilModule: options.${option} ${problem}`);
    this.name = 'VigilOptionsError';
  }
}

function nonEmpty(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new VigilOptionsError(option, 'must be a non-empty string');
  return value;
}

function path(option: string, value: string | undefined, fallback: string): string {
  const chosen = value ?? fallback;
  if (typeof chosen !== 'string' || !/^\/[^\s?#]*$/.test(chosen)) {
    throw new VigilOptionsError(option, `must be an absolute path such as "${fallback}"`);
  }
  // "/vigil/" and "/vigil" are one prefix; routes are joined to it with "/".
  return chosen.length > 1 ? chosen.replace(/\/+$/, '') : chosen;
}

function count(option: string, value: number | undefined, fallback: number, min: number): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < min) throw new VigilOptionsError(option, `must be an integer of at least ${min}`);
  return chosen;
}

function httpUrl(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Reported below with the option's name.
  }
  throw new VigilOptionsError(option, 'must be an http:// or https:// URL');
}

function buckets(value: readonly number[] | undefined): number[] {
  const chosen = [...(value ?? OTEL_HTTP_DURATION_BUCKETS)];
  const isIncreasing = chosen.every((bound, i) => Number.isFinite(bound) && (i === 0 || bound > (chosen[i - 1] ?? 0)));
  if (chosen.length === 0 || !isIncreasing) {
    throw new VigilOptionsError('metrics.httpBuckets', 'must be finite numbers in increasing order');
  }
  return chosen;
}

function resolveProbes(probes: VigilProbesOptions): ResolvedProbesOptions {
  return {
    livePath: path('probes.livePath', probes.livePath, DEFAULTS.livePath),
    readyPath: path('probes.readyPath', probes.readyPath, DEFAULTS.readyPath),
    startupPath: path('probes.startupPath', probes.startupPath, DEFAULTS.startupPath),
    liveness: [...(probes.liveness ?? [])],
    readiness: [...(probes.readiness ?? [])],
    startup: [...(probes.startup ?? [])],
    timeoutMs: count('probes.timeoutMs', probes.timeoutMs, DEFAULTS.probeTimeoutMs, 1),
    drainDelayMs: count('probes.drainDelayMs', probes.drainDelayMs, DEFAULTS.drainDelayMs, 0),
  };
}

function resolveRegistration(serverUrl: string, token: string, options: VigilRegistrationOptions = {}) {
  const initialRetryDelayMs = count('registration.initialRetryDelayMs', options.initialRetryDelayMs, DEFAULTS.initialRetryDelayMs, 1);
  const maxRetryDelayMs = count('registration.maxRetryDelayMs', options.maxRetryDelayMs, DEFAULTS.maxRetryDelayMs, 1);
  if (maxRetryDelayMs < initialRetryDelayMs) {
    throw new VigilOptionsError('registration.maxRetryDelayMs', 'must not be below registration.initialRetryDelayMs');
  }
  return {
    heartbeatUrl: new URL(AGENT_HEARTBEAT_PATH.slice(1), serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`).href,
    token,
    intervalMs: count('registration.intervalMs', options.intervalMs, DEFAULTS.heartbeatIntervalMs, 1),
    timeoutMs: count('registration.timeoutMs', options.timeoutMs, DEFAULTS.heartbeatTimeoutMs, 1),
    initialRetryDelayMs,
    maxRetryDelayMs,
  };
}

/** Fills in the defaults and checks every value once, at boot. */
export function resolveVigilOptions(options: VigilModuleOptions): ResolvedVigilOptions {
  if (options === null || typeof options !== 'object') throw new VigilOptionsError('service', 'is required');
  const service = nonEmpty('service', options.service);
  if (service === undefined) throw new VigilOptionsError('service', 'is required');
  const token = nonEmpty('token', options.token) ?? null;
  const serverUrl = httpUrl('serverUrl', options.serverUrl);
  const metrics = options.metrics === false ? null : (options.metrics ?? {});
  // The control endpoints accept the agent token only: without one, nothing could call them.
  const profiler = options.profiler === false ? null : (options.profiler ?? {});

  return {
    service,
    version: nonEmpty('version', options.version) ?? null,
    instanceId: nonEmpty('instanceId', options.instanceId) ?? `${hostname()}:${process.pid}`,
    token,
    advertiseUrl: httpUrl('advertiseUrl', options.advertiseUrl) ?? null,
    metrics: metrics && {
      path: path('metrics.path', metrics.path, DEFAULTS.metricsPath),
      token: nonEmpty('metrics.token', metrics.token) ?? null,
      hasDefaultMetrics: metrics.defaultMetrics ?? true,
      isHttpInstrumented: metrics.http ?? true,
      httpBuckets: buckets(metrics.httpBuckets),
      knownMethods: new Set(metrics.knownMethods ?? KNOWN_HTTP_METHODS),
    },
    probes: options.probes === false ? null : resolveProbes(options.probes ?? {}),
    profiler:
      profiler && token !== null
        ? {
            prefix: path('profiler.prefix', profiler.prefix, DEFAULTS.controlPrefix),
            token,
            maxDurationMs: count('profiler.maxDurationMs', profiler.maxDurationMs, DEFAULTS.maxDurationMs, 1),
            maxArtifactBytes: count('profiler.maxArtifactBytes', profiler.maxArtifactBytes, DEFAULTS.maxArtifactBytes, 1),
            keptArtifacts: count('profiler.keptArtifacts', profiler.keptArtifacts, DEFAULTS.keptArtifacts, 1),
            artifactDir: nonEmpty('profiler.artifactDir', profiler.artifactDir) ?? null,
            snapshotHeadroomFactor: positive('profiler.snapshotHeadroomFactor', profiler.snapshotHeadroomFactor),
          }
        : null,
    registration: serverUrl !== undefined && token !== null ? resolveRegistration(serverUrl, token, options.registration) : null,
    dataSource: options.dataSource ?? null,
  };
}

function positive(option: string, value: number | undefined): number {
  const chosen = value ?? DEFAULTS.snapshotHeadroomFactor;
  if (!Number.isFinite(chosen) || chosen <= 0) throw new VigilOptionsError(option, 'must be a positive number');
  return chosen;
}
