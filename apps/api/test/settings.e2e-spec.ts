import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody, Setting } from '@vigil/types';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApp } from './support/test-app.js';

describe('/api/v1/config', () => {
  let app: NestFastifyApplication;
  let rowsFor: (key: string) => Promise<unknown[]>;

  beforeAll(async () => {
    app = await startTestApp();
    const dataSource = app.get(DataSource);
    rowsFor = (key) => dataSource.query('SELECT value FROM monitoring_config WHERE key = $1', [key]);
  });
  afterAll(() => app.close());
  afterEach(() => request(app.getHttpServer()).delete('/api/v1/config/ui.serviceName'));

  it('lists every catalogue setting with its default when nothing is stored', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/config').expect(200);
    const keys = (res.body as Setting[]).map((s) => s.key);
    expect(keys).toEqual(['ui.serviceName', 'ui.defaultRefreshSeconds', 'health.httpTargets']);
    const name = (res.body as Setting[]).find((s) => s.key === 'ui.serviceName');
    expect(name).toMatchObject({ value: 'vigil', isDefault: true, updatedAt: null });
  });

  it('stores a valid value and reports it from then on', async () => {
    const put = await request(app.getHttpServer())
      .put('/api/v1/config/ui.serviceName')
      .send({ value: 'checkout-api' })
      .expect(200);
    expect(put.body).toMatchObject({ key: 'ui.serviceName', value: 'checkout-api', isDefault: false });
    expect(Date.parse((put.body as Setting).updatedAt ?? '')).not.toBeNaN();

    const get = await request(app.getHttpServer()).get('/api/v1/config/ui.serviceName').expect(200);
    expect((get.body as Setting).value).toBe('checkout-api');
    expect(await rowsFor('ui.serviceName')).toEqual([{ value: 'checkout-api' }]);
  });

  it('resets a setting to its default by deleting the stored row', async () => {
    await request(app.getHttpServer()).put('/api/v1/config/ui.serviceName').send({ value: 'billing' });
    const res = await request(app.getHttpServer()).delete('/api/v1/config/ui.serviceName').expect(200);
    expect(res.body).toMatchObject({ value: 'vigil', isDefault: true });
    expect(await rowsFor('ui.serviceName')).toEqual([]);
  });

  it.each([
    ['a value outside the allowed set', 'ui.defaultRefreshSeconds', { value: 7 }, 'value: must be one of 0, 10, 30, 60'],
    ['a string for a number', 'ui.defaultRefreshSeconds', { value: '30' }, 'value: must be a finite number'],
    ['a string too long', 'ui.serviceName', { value: 'x'.repeat(65) }, 'value: must be at most 64 characters'],
    ['a string off its pattern', 'ui.serviceName', { value: '<script>' }, 'value: must match'],
    ['a missing value', 'ui.serviceName', {}, 'value: is required'],
    ['an unknown property', 'ui.serviceName', { value: 'ok', colour: 'red' }, 'colour: is not a known field'],
  ])('rejects %s with 400 naming the field and writes nothing', async (_case, key, body, message) => {
    const res = await request(app.getHttpServer()).put(`/api/v1/config/${key}`).send(body).expect(400);
    const error = res.body as ErrorBody;
    expect(error.statusCode).toBe(400);
    expect(error.error).toBe('Bad Request');
    expect(error.message).toContain(message);
    expect(error.details?.fields?.[0]?.field).toBe(message.split(':')[0]);
    expect(await rowsFor(key)).toEqual([]);
  });

  it('answers 404 naming an unknown key, for reads and writes', async () => {
    const res = await request(app.getHttpServer())
      .put('/api/v1/config/ui.colour')
      .send({ value: 'red' })
      .expect(404);
    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'setting "ui.colour" not found' });
    await request(app.getHttpServer()).get('/api/v1/config/ui.colour').expect(404);
    expect(await rowsFor('ui.colour')).toEqual([]);
  });

  it('answers malformed JSON with 400 in the common error shape', async () => {
    const res = await request(app.getHttpServer())
      .put('/api/v1/config/ui.serviceName')
      .set('content-type', 'application/json')
      .send('{"value": ')
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect((res.body as ErrorBody).message).toMatch(/JSON/);
  });
});
