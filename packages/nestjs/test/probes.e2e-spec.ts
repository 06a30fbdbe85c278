import { Injectable, Module } from '@nestjs/common';
import { HealthIndicatorService, TerminusModule, type HealthIndicatorResult } from '@nestjs/terminus';
import { VigilModule } from '../src/index.js';
import { ADAPTERS, startApp, type TestApp } from './support/test-app.js';

/** An app's own indicator, provided by the app and handed to VigilModule through forRootAsync. */
@Injectable()
class PaymentsIndicator {
  isReachable = true;

  constructor(private readonly indicators: HealthIndicatorService) {}

  check() {
    const session = this.indicators.check('payments');
    return this.isReachable ? session.up() : session.down({ message: 'connection refused' });
  }
}

@Module({ imports: [TerminusModule], providers: [PaymentsIndicator], exports: [PaymentsIndicator] })
class PaymentsModule {}

describe.each(ADAPTERS)('probes on %s', (adapter) => {
  describe('with the default paths', () => {
    let t: TestApp;
    let payments: PaymentsIndicator;

    beforeAll(async () => {
      const vigil = VigilModule.forRootAsync({
        imports: [PaymentsModule],
        inject: [PaymentsIndicator],
        useFactory: (indicator: PaymentsIndicator) => ({
          service: 'shop',
          probes: { readiness: [() => indicator.check()], drainDelayMs: 0 },
        }),
      });
      t = await startApp(adapter, vigil);
      payments = t.app.get(PaymentsIndicator);
    });
    afterAll(() => t.close());

    it('answers liveness and startup with 200', async () => {
      const live = await fetch(`${t.url}/health/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toMatchObject({ status: 'ok' });
      expect((await fetch(`${t.url}/health/startup`)).status).toBe(200);
    });

    it('answers readiness with 200 while the app indicator is up, then 503 naming it once it is down', async () => {
      payments.isReachable = true;
      const ready = await fetch(`${t.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ok', info: { payments: { status: 'up' } } });

      payments.isReachable = false;
      const notReady = await fetch(`${t.url}/health/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({
        status: 'error',
        error: { payments: { status: 'down', message: 'connection refused' } },
      });
      // Liveness does not depend on other services.
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
      payments.isReachable = true;
    });
  });

  it('reports an indicator that does not answer in time as down, by its place in the list', async () => {
    const t = await startApp(adapter, {
      service: 'shop',
      probes: { readiness: [() => new Promise<HealthIndicatorResult>(() => undefined)], timeoutMs: 50, drainDelayMs: 0 },
    });
    try {
      const response = await fetch(`${t.url}/health/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: { 'readiness[0]': { status: 'down', message: 'no answer within 50 ms' } } });
    } finally {
      await t.close();
    }
  });

  it('answers readiness 503 as soon as shutdown starts, while it keeps serving for the drain delay', async () => {
    const t = await startApp(adapter, { service: 'shop', probes: { drainDelayMs: 1_500 } });
    expect((await fetch(`${t.url}/health/ready`)).status).toBe(200);
    const closing = t.close();
    try {
      const ready = await fetch(`${t.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'shutting_down' });
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
      expect((await fetch(`${t.url}/items/1`)).status).toBe(200);
    } finally {
      await closing;
    }
  });

  it('serves the probes at configured paths, and none with probes: false', async () => {
    const custom = await startApp(adapter, { service: 'shop', probes: { livePath: '/livez', readyPath: '/readyz/', drainDelayMs: 0 } });
    const off = await startApp(adapter, { service: 'shop', probes: false });
    try {
      expect((await fetch(`${custom.url}/livez`)).status).toBe(200);
      expect((await fetch(`${custom.url}/readyz`)).status).toBe(200);
      expect((await fetch(`${custom.url}/health/live`)).status).toBe(404);
      expect((await fetch(`${off.url}/health/live`)).status).toBe(404);
      expect((await fetch(`${off.url}/health/ready`)).status).toBe(404);
    } finally {
      await Promise.all([custom.close(), off.close()]);
    }
  });
});
