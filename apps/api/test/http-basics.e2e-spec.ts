import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody } from '@vigil/types';
import request from 'supertest';
import { startTestApp } from './support/test-app.js';

describe('HTTP basics', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await startTestApp({ BODY_LIMIT_BYTES: '2048' });
  });
  afterAll(() => app.close());

  it('gives every response a request id, keeping one the caller sent', async () => {
    const fresh = await request(app.getHttpServer()).get('/health/live');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(app.getHttpServer()).get('/health/live').set('x-request-id', 'trace-123');
    expect(kept.headers['x-request-id']).toBe('trace-123');
  });

  it('answers an unknown route with 404 in the common error shape', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/nothing-here').expect(404);
    expect(res.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /api/v1/nothing-here',
    } satisfies ErrorBody);
  });

  it('refuses a body over the size limit with 413, writing nothing', async () => {
    const res = await request(app.getHttpServer())
      .put('/api/v1/config/ui.serviceName')
      .send({ value: 'x'.repeat(4096) })
      .expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    const setting = await request(app.getHttpServer()).get('/api/v1/config/ui.serviceName');
    expect(setting.body).toMatchObject({ isDefault: true });
  });

  it('serves the OpenAPI document listing the routes', async () => {
    const res = await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    const paths = Object.keys((res.body as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(expect.arrayContaining(['/health/live', '/health/ready', '/api/v1/config/{key}']));
    await request(app.getHttpServer()).get('/api/docs').expect(200);
  });

  it('allows the web origin through CORS', async () => {
    const res = await request(app.getHttpServer())
      .options('/api/v1/config')
      .set('origin', 'http://localhost:3000')
      .set('access-control-request-method', 'PUT');
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:3000');
  });

  it.each(['PUT', 'DELETE'])('lets the web page send %s across origins (settings, rules, silences)', async (method) => {
    const res = await request(app.getHttpServer())
      .options('/api/v1/config/ui.serviceName')
      .set('origin', 'http://localhost:3000')
      .set('access-control-request-method', method);
    expect(String(res.headers['access-control-allow-methods']).split(',').map((m) => m.trim())).toContain(method);
  });
});
