import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AgentRoutes } from './http/agent-routes.js';
import { HttpInstrumentation } from './metrics/http-instrumentation.js';
import { HttpServerMetrics } from './metrics/http-server-metrics.js';
import { MetricsEndpoint } from './metrics/metrics.endpoint.js';
import { metricsRegistryProvider } from './metrics/metrics-registry.provider.js';
import { QueryTiming } from './metrics/query-timing.js';
import { resolveVigilOptions } from './options/resolve-options.js';
import { ProbeChecks } from './probes/probe-checks.js';
import { ProbesEndpoint } from './probes/probes.endpoint.js';
import { ShutdownState } from './probes/shutdown-state.js';
import { ArtifactStore } from './profiler/artifact-store.js';
import { ProfilerEndpoint } from './profiler/profiler.endpoint.js';
import { ProfilingSessions } from './profiler/profiling-sessions.js';
import { Registration } from './registration/registration.service.js';
import { ConfigurableModuleClass, MODULE_OPTIONS_TOKEN } from './vigil-module.definition.js';
import { VIGIL_OPTIONS, VIGIL_REGISTRY } from './vigil.tokens.js';

/**
 * Metrics under standard names at `/metrics`, Kubernetes probes, remote profiling and
 * registration with the Vigil server, for the app that imports it:
 * `VigilModule.forRoot({ service: 'orders' })`. Every part is built whatever the options
 * say and looks at them itself, since `forRootAsync` only knows them at run time.
 */
@Module({
  imports: [TerminusModule.forRoot()],
  providers: [
    { provide: VIGIL_OPTIONS, inject: [MODULE_OPTIONS_TOKEN], useFactory: resolveVigilOptions },
    metricsRegistryProvider,
    AgentRoutes,
    HttpServerMetrics,
    HttpInstrumentation,
    MetricsEndpoint,
    QueryTiming,
    ShutdownState,
    ProbeChecks,
    ProbesEndpoint,
    ArtifactStore,
    ProfilingSessions,
    ProfilerEndpoint,
    Registration,
  ],
  exports: [VIGIL_REGISTRY],
})
export class VigilModule extends ConfigurableModuleClass {}
