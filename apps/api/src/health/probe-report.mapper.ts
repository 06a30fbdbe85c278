import type { HealthCheckResult } from '@nestjs/terminus';
import type { ReadinessReport } from '@vigil/types';
import { toProbeComponents } from '../common/errors/probe-components.js';

export function toReadinessReport(result: HealthCheckResult): ReadinessReport {
  return { status: 'ok', components: toProbeComponents(result.details) };
}
