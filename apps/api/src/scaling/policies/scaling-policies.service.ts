import { Injectable } from '@nestjs/common';
import { ServiceScalingPolicyInput, VIGIL_SERVICE, type ServiceScalingPolicy, type ServiceScalingPolicySpec } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { NotFound } from '../../common/errors/app-error.js';
import { ScalingPolicyRepository, type ScalingPolicyRow } from './scaling-policy.repository.js';

/** The services Vigil recommends for: its own instances, until services register. */
export const SCALED_SERVICES: readonly string[] = [VIGIL_SERVICE];

/** A service's policy: the stored one, or the defaults (seed thresholds, 2 to 20 replicas). */
@Injectable()
export class ScalingPoliciesService {
  constructor(
    private readonly repository: ScalingPolicyRepository,
    private readonly clock: Clock,
  ) {}

  async get(service: string): Promise<ServiceScalingPolicy> {
    this.assertKnown(service);
    const row = await this.repository.find(service);
    return row ? toPolicy(row) : defaultPolicy(service);
  }

  async all(): Promise<ServiceScalingPolicy[]> {
    const stored = new Map((await this.repository.findMany(SCALED_SERVICES)).map((row) => [row.service, row]));
    return SCALED_SERVICES.map((service) => {
      const row = stored.get(service);
      return row ? toPolicy(row) : defaultPolicy(service);
    });
  }

  async put(service: string, spec: ServiceScalingPolicySpec): Promise<ServiceScalingPolicy> {
    this.assertKnown(service);
    return toPolicy(await this.repository.upsert({ service, ...spec, workload: spec.workload ?? null }, this.clock.now()));
  }

  /** The seed's toggle; a service without a stored policy gets the defaults stored with it. */
  async setAutoScaling(service: string, enabled: boolean): Promise<ServiceScalingPolicy> {
    const current = await this.get(service);
    const { minReplicas, maxReplicas, behavior, metrics, workload } = current;
    return toPolicy(await this.repository.upsert({ service, minReplicas, maxReplicas, behavior, metrics, workload, autoScaling: enabled }, this.clock.now()));
  }

  private assertKnown(service: string): void {
    if (!SCALED_SERVICES.includes(service)) throw new NotFound('Service', service);
  }
}

function toPolicy(row: ScalingPolicyRow): ServiceScalingPolicy {
  return { ...row, isDefault: false, updatedAt: row.updatedAt.toISOString() };
}

function defaultPolicy(service: string): ServiceScalingPolicy {
  const spec = ServiceScalingPolicyInput.parse({});
  return { service, ...spec, workload: null, autoScaling: false, isDefault: true, updatedAt: null };
}
