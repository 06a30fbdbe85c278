import type { FactoryProvider } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { ResolvedVigilOptions } from '../options/resolved-options.js';
import { VIGIL_OPTIONS, VIGIL_REGISTRY } from '../vigil.tokens.js';

/**
 * A Registry of the module's own, not prom-client's global one: two apps in one process
 * (tests, or an app beside a worker) each keep their series. Default metrics keep
 * prom-client's standard names, unprefixed, so stock dashboards find them.
 */
export const metricsRegistryProvider: FactoryProvider<Registry> = {
  provide: VIGIL_REGISTRY,
  inject: [VIGIL_OPTIONS],
  useFactory: (options: ResolvedVigilOptions) => {
    const registry = new Registry();
    if (options.metrics?.hasDefaultMetrics) collectDefaultMetrics({ register: registry });
    return registry;
  },
};
