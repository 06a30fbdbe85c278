import { Injectable } from '@nestjs/common';
import { defaultScalingMetrics, ServiceScalingPolicyInput, VIGIL_SERVICE, type ServiceScalingPolicy, type ServiceScalingPolicySpec } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { NotFound } from '../../common/errors/app-error.js';
import { TargetRepository } from '../../targets/registry/target.repository.js';
import { ScalingPolicyRepository, type ScalingPolicyRow } from './scaling-policy.repository.js';

/** A service's policy (Vigil's or a scraped service's): the stored one, or the defaults (seed thresholds, 2 to 20 replicas). */
@Injectable()
export class ScalingPoliciesService {
  constructor(
    private readonly repository: ScalingPolicyRepository,
    private readonly targets: TargetRepository,
    private readonly clock: Clock,
  ) {}

  /** Vigil itself, then every service it scrapes. */
  async services(): Promise<string[]> {
    return [VIGIL_SERVICE, ...(await this.targets.services()).filter((service) => service !== VIGIL_SERVICE)];
  }

  async get(service: string): Promise<ServiceScalingPolicy> {
    await this.assertKnown(service);
    const row = await this.repository.find(service);
    return row ? toPolicy(row) : defaultPolicy(service);
  }

  async all(): Promise<ServiceScalingPolicy[]> {
    const services = await this.services();
    const stored = new Map((await this.repository.findMany(services)).map((row) => [row.service, row]));
    return services.map((service) => {
      const row = stored.get(service);
      return row ? toPolicy(row) : defaultPolicy(service);
    });
  }

  async put(service: string, spec: ServiceScalingPolicySpec): Promise<ServiceScalingPolicy> {
    await this.assertKnown(service);
    const metrics = spec.metrics ?? defaultScalingMetrics(service);
    return toPolicy(await this.repository.upsert({ service, ...spec, metrics, workload: spec.workload ?? null }, this.clock.now()));
  }

  /** The seed's toggle; a service without a stored policy gets the defaults stored with it. */
  async setAutoScaling(service: string, enabled: boolean): Promise<ServiceScalingPolicy> {
    const current = await this.get(service);
    const { minReplicas, maxReplicas, behavior, metrics, workload } = current;
    return toPolicy(await this.repository.upsert({ service, minReplicas, maxReplicas, behavior, metrics, workload, autoScaling: enabled }, this.clock.now()));
  }

  private async assertKnown(service: string): Promise<void> {
    if (service !== VIGIL_SERVICE && !(await this.targets.services()).includes(service)) throw new NotFound('Service', service);
  }
}

function toPolicy(row: ScalingPolicyRow): ServiceScalingPolicy {
  return { ...row, isDefault: false, updatedAt: row.updatedAt.toISOString() };
}

function defaultPolicy(service: string): ServiceScalingPolicy {
  const spec = ServiceScalingPolicyInput.parse({});
  return { service, ...spec, metrics: defaultScalingMetrics(service), workload: null, autoScaling: false, isDefault: true, updatedAt: null };
}
