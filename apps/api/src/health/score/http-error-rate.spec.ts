import { Counter, register } from 'prom-client';
import { HTTP_REQUESTS_METRIC, HttpErrorRate } from './http-error-rate.js';

describe('HttpErrorRate.ratio', () => {
  const start = Date.UTC(2026, 0, 1);
  const at = (ms: number) => new Date(start + ms);
  afterEach(() => register.removeSingleMetric(HTTP_REQUESTS_METRIC));

  it('is 0 while the request counter does not exist', async () => {
    expect(await new HttpErrorRate().ratio(at(0))).toBe(0);
  });

  it('divides 5xx answers by all answers, leaving probes out, over a sliding window', async () => {
    const counter = new Counter({ name: HTTP_REQUESTS_METRIC, help: 'h', labelNames: ['method', 'route', 'status_class'] });
    const rate = new HttpErrorRate();
    counter.inc({ method: 'GET', route: '/api/v1/x', status_class: '2xx' }, 18);
    counter.inc({ method: 'GET', route: '/api/v1/x', status_class: '5xx' }, 2);
    counter.inc({ method: 'GET', route: '/health/ready', status_class: '5xx' }, 50);
    expect(await rate.ratio(at(0))).toBeCloseTo(0.1, 12);

    // Six minutes on, the first sample left the window: only newer requests count.
    counter.inc({ method: 'GET', route: '/api/v1/x', status_class: '2xx' }, 10);
    expect(await rate.ratio(at(60_000))).toBeCloseTo(2 / 30, 12);
    counter.inc({ method: 'GET', route: '/api/v1/x', status_class: '2xx' }, 10);
    expect(await rate.ratio(at(6 * 60_000))).toBe(0);
  });
});
