import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Validator } from '@seriousme/openapi-schema-validator';
import request from 'supertest';
import { startTestApp } from './support/test-app.js';

type Schema = { type?: string; properties?: Record<string, unknown>; items?: Schema; $ref?: string; oneOf?: unknown[]; anyOf?: unknown[] };
type Operation = {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
// Answers that are not JSON: Prometheus' text format, a downloaded profile, the docs themselves.
const NOT_JSON = new Set(['get /metrics', 'get /api/v1/profiler/sessions/{id}/artifact']);

describe('OpenAPI document', () => {
  let app: NestFastifyApplication;
  let document: Document;
  beforeAll(async () => {
    app = await startTestApp();
    document = (await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200)).body as Document;
  });
  afterAll(() => app.close());

  const operations = () =>
    Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v1') || path.startsWith('/api/v2') || path.startsWith('/health'))
      .flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((method) => ({ key: `${method} ${path}`, path, operation: item[method]! })));

  /** A schema with nothing in it is the stub this document must not hold. */
  const resolve = (schema: Schema): Schema => (schema.$ref ? (document.components.schemas[schema.$ref.split('/').pop()!] ?? {}) : schema);
  const isDescribed = (schema: Schema): boolean => {
    const target = resolve(schema);
    if (target.type === 'array') return target.items !== undefined && isDescribed(target.items);
    return Boolean(target.oneOf ?? target.anyOf) || Object.keys(target.properties ?? {}).length > 0 || (target.type !== undefined && target.type !== 'object');
  };

  it('validates against the OpenAPI 3.0 schema', async () => {
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('describes every request body with its fields', () => {
    const bodies = operations().filter(({ operation }) => operation.requestBody);
    expect(bodies.map((b) => b.key)).toEqual(
      expect.arrayContaining(['post /api/v1/alert-rules', 'put /api/v1/channels/{id}', 'post /api/v2/alerts', 'post /api/v1/metrics']),
    );
    for (const { key, operation } of bodies) {
      const schema = operation.requestBody!.content['application/json']?.schema;
      expect({ key, described: schema !== undefined && isDescribed(schema) }).toEqual({ key, described: true });
    }
  });

  it('describes every JSON answer with its fields', () => {
    for (const { key, operation } of operations()) {
      if (NOT_JSON.has(key)) continue;
      const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status) && status !== '204');
      for (const [status, response] of success) {
        const schema = response.content?.['application/json']?.schema;
        // A 200 without a body (Alertmanager's POST /api/v2/alerts and DELETE /api/v2/silence) states so with no content.
        if (!schema && (key === 'post /api/v2/alerts' || key === 'delete /api/v2/silence/{silenceID}')) continue;
        expect({ key, status, described: schema !== undefined && isDescribed(schema) }).toEqual({ key, status, described: true });
      }
    }
  });

  it('lists query parameters with their enums and limits, and typed path parameters', () => {
    const params = (key: string) => operations().find((o) => o.key === key)?.operation.parameters ?? [];
    const severity = params('get /api/v1/alerts').find((p) => p.name === 'severity');
    expect(severity).toMatchObject({ in: 'query', schema: { enum: ['critical', 'warning', 'info'] } });
    expect(params('get /api/v1/profiler/sessions').map((p) => p.name)).toEqual(['limit', 'offset', 'type', 'status', 'instance', 'target']);
    expect(params('get /api/v1/alert-rules/{id}')).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
  });

  it('shows a rule input with its real fields and bounds', () => {
    const rule = document.components.schemas.AlertRuleInput as { properties: Record<string, { enum?: string[]; maxLength?: number }>; required: string[] };
    expect(rule.required).toEqual(expect.arrayContaining(['name', 'severity']));
    expect(rule.properties.kind?.enum).toEqual(['threshold', 'anomaly', 'health']);
    expect(rule.properties.name?.maxLength).toBe(128);
  });
});
