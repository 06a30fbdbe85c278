import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody } from '@vigil/types';
import request from 'supertest';
import { startTestApp } from './support/test-app.js';

const TOKEN = 'e2e-scrape-token-4f9c2a7d';

describe('GET /metrics with METRICS_TOKEN set', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => app.close());

  it.each([
    ['no Authorization header', undefined],
    ['a wrong token', 'Bearer e2e-scrape-token-00000000'],
    ['the token under another scheme', `Basic ${TOKEN}`],
  ])('answers 401 in the common error shape for %s', async (_case, authorization) => {
    const call = request(app.getHttpServer()).get('/metrics');
    const res = await (authorization ? call.set('authorization', authorization) : call).expect(401);
    expect(res.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'metrics: a valid bearer token is required in the Authorization header',
    } satisfies ErrorBody);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(res.text).not.toContain('vigil_');
  });

  it('answers 200 with the metrics for the right bearer token', async () => {
    const res = await request(app.getHttpServer()).get('/metrics').set('authorization', `Bearer ${TOKEN}`).expect(200);
    expect(res.text).toContain('# TYPE vigil_http_requests_total counter');
  });

  it('leaves the probes and the JSON routes open', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
    await request(app.getHttpServer()).get('/api/v1/metrics/system').expect(200);
  });
});
