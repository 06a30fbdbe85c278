/**
 * The default `TargetDown` rule end to end: a target that stops answering has `up` 0 on
 * every scrape, the rule goes pending and fires after a minute, per service and
 * instance; once the target answers again, the alert resolves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AlertSummary, HealthHistoryPage, Page } from '@vigil/types';
import request from 'supertest';
import { AlertEvaluator } from '../src/alerts/evaluation/alert-evaluator.service.js';
import { ManualClock } from '../src/common/clock.js';
import { ScrapeScheduler } from '../src/targets/scrape/scrape-scheduler.service.js';
import { FakeExporter } from './support/fake-exporter.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { startTestApp } from './support/test-app.js';

const START = Date.UTC(2026, 11, 2, 9, 0, 0);
const EXPOSITION = '# HELP jobs_total Jobs done.\n# TYPE jobs_total counter\njobs_total 3\n';

describe('TargetDown', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-target-down-'));
  const clock = new ManualClock(START);
  const exporter = new FakeExporter();
  let database: OwnDatabase;
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    database = await openOwnDatabase();
    await exporter.start();
    exporter.answerWith({ body: EXPOSITION });
    app = await startTestApp({ DATABASE_URL: database.url, DATA_DIR: dataDir, ALERT_SEED_DEFAULT_RULES: 'true' }, { clock });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await exporter.stop();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Moves 15 s on, scrapes what is due, evaluates the rules; the TargetDown alerts after it. */
  async function interval(): Promise<AlertSummary[]> {
    clock.advance(15_000);
    const scheduler = app.get(ScrapeScheduler);
    await scheduler.tick();
    await scheduler.idle();
    await app.get(AlertEvaluator).evaluate();
    const page = (await http().get('/api/v1/alerts').query({ pageSize: 200 }).expect(200)).body as Page<AlertSummary>;
    return page.items.filter((a) => a.name === 'TargetDown');
  }

  it('fires per service and instance a minute after the target stops answering, and resolves when it answers again', async () => {
    await http().post('/api/v1/targets').send({ service: 'mailer', url: exporter.url, instance: 'mailer-1' }).expect(201);
    expect(await interval()).toEqual([]);

    const port = Number(new URL(exporter.url).port);
    await exporter.stop();
    const down = await interval();
    expect(down.map((a) => [a.status, a.labels.service, a.labels.instance])).toEqual([['pending', 'mailer', 'mailer-1']]);
    // Pending for the rule's `for: 1m`: firing on the evaluation a minute after it first saw up 0.
    for (let i = 0; i < 3; i++) expect((await interval()).map((a) => a.status)).toEqual(['pending']);
    const firing = await interval();
    expect(firing).toEqual([expect.objectContaining({ status: 'firing', severity: 'critical', value: 0, firedAt: clock.now().toISOString() })]);

    await exporter.start(port);
    exporter.answerWith({ body: EXPOSITION });
    const back = await interval();
    expect(back.map((a) => a.status)).toEqual(['resolved']);

    // Each scrape's outcome is also the instance's readiness in the health history (no agent probe: the scrape decides).
    const history = (await http().get('/api/v1/health/history').query({ component: 'service:mailer', instance: 'mailer-1', from: START }).expect(200))
      .body as HealthHistoryPage;
    expect(history.items.map((check) => check.status).reverse()).toEqual(['up', 'down', 'down', 'down', 'down', 'down', 'up']);
    expect(history.items.find((check) => check.status === 'down')?.message).toMatch(/^ECONNREFUSED: /);
    expect(history.items.every((check) => check.isCritical === false && check.component === 'service:mailer')).toBe(true);
  }, 60_000);
});
