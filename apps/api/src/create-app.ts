import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule, type AppOptions } from './app.module.js';
import { ProbeFastPath } from './health/probes/probe-fast-path.js';
import { ReadinessProbeService } from './health/probes/readiness-probe.service.js';
import type { AppConfig } from './config/app-config.js';
import { HttpErrorFilter } from './common/errors/http-error.filter.js';
import { createHttpServer } from './common/http/http-server.js';
import { refuseUndecodedBodies } from './common/http/undecoded-bodies.hook.js';
import { useDepthBoundedJsonParser } from './common/http/body-depth.js';
import { withContractSchemas } from './common/contract/openapi-document.js';
import { SchemaValidationPipe } from './common/contract/schema-validation.pipe.js';
import { createPino, JsonLogger } from './common/logging/json-logger.js';
import { HttpMetricsHooks } from './metrics/live/collectors/http-metrics.hooks.js';
import { VIGIL_VERSION } from './common/version.js';

/** Routes served at the root rather than under /api/v1: probes, the scrape endpoint and Alertmanager's API. */
const UNPREFIXED_ROUTES = [
  'health/live',
  'health/ready',
  'health/startup',
  // GET only: POST /api/v1/metrics (custom samples) keeps the prefix.
  { path: 'metrics', method: RequestMethod.GET },
  // Alertmanager's API path, so Prometheus needs no path rewriting.
  { path: 'api/v2/alerts', method: RequestMethod.ALL },
  // The rest of Alertmanager's API v2, for amtool and Grafana.
  'api/v2/alerts/groups',
  'api/v2/silences',
  'api/v2/silence/:silenceID',
  'api/v2/status',
  'api/v2/receivers',
];

/**
 * Builds the whole API (adapter, pipes, filters, OpenAPI) without listening, so main.ts
 * and the end-to-end tests run the same application.
 */
export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<NestFastifyApplication> {
  const logger = createPino(config.log.level, config.instanceId);
  const probes = new ProbeFastPath();
  const adapter = new FastifyAdapter({
    serverFactory: (handler: (request: IncomingMessage, response: ServerResponse) => void) =>
      createHttpServer(config.http, (request, response) => {
        if (!probes.tryAnswer(request, response)) handler(request, response);
      }),
    loggerInstance: logger,
    bodyLimit: config.http.bodyLimitBytes,
    // A caller's X-Request-Id is kept (so traces line up across services), else a UUID.
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  // A callback hook, not an async one: no promise per request on the probe path.
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  refuseUndecodedBodies(adapter.getInstance());

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options), adapter, {
    logger: new JsonLogger(logger),
  });
  probes.bindReadiness(app.get(ReadinessProbeService));
  // Before init, where Nest would register its default JSON parser.
  useDepthBoundedJsonParser(app, config.http);
  // Before init registers the routes: Fastify copies hooks into a route when it is added.
  app.get(HttpMetricsHooks).attach(app.getHttpAdapter().getInstance());
  app.setGlobalPrefix('api/v1', { exclude: UNPREFIXED_ROUTES });
  app.useGlobalFilters(new HttpErrorFilter());
  app.useGlobalPipes(new SchemaValidationPipe());
  // The page edits settings, rules and silences: the CORS default allows only GET, HEAD and POST.
  app.enableCors({ origin: config.http.corsOrigins, methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] });

  const document = withContractSchemas(SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Vigil API')
      .setDescription('Monitoring and performance platform for NestJS services')
      .setVersion(VIGIL_VERSION)
      .build(),
  ));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
