import { Logger } from '@nestjs/common';
import { ScalingMetrics } from '../scaling.metrics.js';
import { ScaleApplier } from './scale-applier.service.js';
import { APPLIED, ScaleFailed, type ScaleExecutor, type ScaleRequest } from './scale-executor.js';

const request: ScaleRequest = {
  service: 'vigil',
  workload: { kind: 'Deployment', namespace: 'prod', name: 'api' },
  from: 3,
  to: 5,
  reason: 'DesiredWithinRange',
  decidingMetric: 'cpu',
  at: new Date('2026-12-01T12:00:00Z'),
};

const executorDoing = (scale: ScaleExecutor['scale']): ScaleExecutor & { calls: number } => {
  const executor = { kind: 'webhook' as const, calls: 0, scale: (r: ScaleRequest) => ((executor.calls += 1), scale(r)) };
  return executor;
};

describe('ScaleApplier.apply', () => {
  const metrics = new ScalingMetrics();

  it('applies nothing while auto-scaling is off, whatever executor there is', async () => {
    const executor = executorDoing(async () => APPLIED);
    expect(await new ScaleApplier(executor, metrics).apply(false, request)).toEqual({ applied: false, note: 'auto-scaling is off' });
    expect(executor.calls).toBe(0);
  });

  it('says no executor is configured when there is none', async () => {
    expect(await new ScaleApplier(null, metrics).apply(true, request)).toEqual({ applied: false, note: 'no executor is configured' });
  });

  it("returns the executor's outcome", async () => {
    expect(await new ScaleApplier(executorDoing(async () => APPLIED), metrics).apply(true, request)).toEqual(APPLIED);
  });

  it('turns a failure, expected or not, into a decision not applied with the reason', async () => {
    const failing = new ScaleApplier(executorDoing(async () => Promise.reject(new ScaleFailed('receiver answered HTTP 503'))), metrics);
    expect(await failing.apply(true, request)).toEqual({ applied: false, note: 'webhook executor failed: receiver answered HTTP 503' });
    // An unexpected one is logged with its stack too.
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const broken = new ScaleApplier(executorDoing(async () => Promise.reject(new TypeError('x is not a function'))), metrics);
      expect(await broken.apply(true, request)).toEqual({ applied: false, note: 'webhook executor failed: unexpected error: x is not a function' });
      expect(logged).toHaveBeenCalledTimes(1);
    } finally {
      logged.mockRestore();
    }
  });
});
