import type { HealthIndicatorFunction, HealthIndicatorResult } from '@nestjs/terminus';

/**
 * An app indicator under a time limit, never rejecting. An indicator that throws or does
 * not answer in time is reported down; as it named itself in neither case, it goes by
 * its place in the option's list (`readiness[1]`). A thrown error that carries terminus'
 * older `causes` keeps them.
 */
export function boundedIndicator(indicator: HealthIndicatorFunction, name: string, timeoutMs: number) {
  return async (): Promise<HealthIndicatorResult> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<HealthIndicatorResult>((resolve) => {
      timer = setTimeout(() => resolve({ [name]: { status: 'down', message: `no answer within ${timeoutMs} ms` } }), timeoutMs);
    });
    try {
      const attempt = Promise.resolve(typeof indicator === 'function' ? indicator() : indicator);
      return await Promise.race([attempt, timeout]);
    } catch (error) {
      const causes = (error as { causes?: unknown }).causes;
      if (causes !== null && typeof causes === 'object') return causes as HealthIndicatorResult;
      return { [name]: { status: 'down', message: error instanceof Error ? error.message : String(error) } };
    } finally {
      clearTimeout(timer);
    }
  };
}
