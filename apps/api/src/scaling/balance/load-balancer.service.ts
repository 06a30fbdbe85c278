import { Injectable } from '@nestjs/common';
import { VIGIL_SERVICE, type LoadBalancerQuery, type LoadBalancerView } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { RecordedStatuses } from '../../health/history/recorded-statuses.service.js';
import { ScalingPoliciesService } from '../policies/scaling-policies.service.js';
import { InstanceMetricsReader, type InstanceMetric } from '../recommendation/instance-metrics.reader.js';
import { serviceComponent } from '../../targets/scrape/target-readiness.js';
import { balanceOf } from './balance.js';

/** Vigil's own request metrics; a scraped service's are OpenTelemetry's histogram, whose count is its requests. */
const OWN = { requests: 'vigil_http_requests_total', duration: 'vigil_http_request_duration_seconds' };
const STANDARD = { requests: 'http_server_request_duration_seconds', duration: 'http_server_request_duration_seconds' };

/** Requests, p95 and errors per instance over the window, with readiness from the recorded health checks. */
@Injectable()
export class LoadBalancerService {
  constructor(
    private readonly policies: ScalingPoliciesService,
    private readonly readings: InstanceMetricsReader,
    private readonly recorded: RecordedStatuses,
    private readonly clock: Clock,
  ) {}

  async view({ service, window }: LoadBalancerQuery): Promise<LoadBalancerView> {
    await this.policies.get(service); // 404 for a service it does not know
    const now = this.clock.now();
    const isOwn = service === VIGIL_SERVICE;
    const names = isOwn ? OWN : STANDARD;
    const metrics: InstanceMetric[] = [
      { name: 'requests', source: { metric: names.requests, matchers: {}, aggregation: 'increase', window } },
      { name: 'p95', source: { metric: names.duration, matchers: {}, aggregation: 'p95', window } },
      // Vigil's counter has a status class; the standard histogram has exact codes only, which a ratio cannot select as a class.
      ...(isOwn ? [{ name: 'errors', source: { metric: names.requests, matchers: {}, aggregation: 'increase' as const, window, ratioOf: { status_class: '5xx' } } }] : []),
    ];
    const [readings, checks] = await Promise.all([this.readings.read(service, metrics, now.getTime()), this.recorded.latest()]);
    const valueOf = (metric: string, instance: string) => readings.metrics.get(metric)?.find((i) => i.name === instance)?.value;
    const readiness = new Map<string, boolean>();
    for (const check of checks) {
      if (isOwn) {
        // Readiness follows the critical components, as /health/ready does.
        const isDown = check.isCritical && check.status === 'down';
        readiness.set(check.instance, (readiness.get(check.instance) ?? true) && !isDown);
      } else if (check.component === serviceComponent(service)) {
        // A scraped instance's readiness is what its last scrape recorded.
        readiness.set(check.instance, check.status !== 'down');
      }
    }
    const balance = balanceOf(
      readings.instances.map((instance) => ({
        instance,
        requests: valueOf('requests', instance),
        p95Seconds: valueOf('p95', instance),
        errorRate: valueOf('errors', instance),
        isReady: readiness.get(instance) ?? null,
      })),
    );
    return { service, window, at: now.toISOString(), ...balance };
  }
}
