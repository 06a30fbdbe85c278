import { APPLIED, notApplied, type ScaleExecutor, type ScaleOutcome, type ScaleRequest } from './scale-executor.js';
import { workloadName, type KubernetesScaleClient } from './kubernetes-scale.client.js';

/**
 * Sets the policy's workload to the desired count through its scale subresource, as
 * the HPA controller does, unless an HPA already scales that workload: two autoscalers
 * on one workload undo each other, so Vigil then records why and leaves it alone.
 */
export class KubernetesScaleExecutor implements ScaleExecutor {
  readonly kind = 'kubernetes' as const;

  constructor(
    private readonly client: KubernetesScaleClient,
    private readonly isDryRun: boolean,
  ) {}

  async scale({ workload, to }: ScaleRequest): Promise<ScaleOutcome> {
    if (workload === null) return notApplied('the policy names no workload to scale');
    const target = workloadName(workload);
    const replicas = await this.client.readReplicas(workload);
    const hpa = await this.client.autoscalerOf(workload);
    if (hpa !== undefined) return notApplied(`HorizontalPodAutoscaler ${workload.namespace}/${hpa} already scales ${target}`);
    if (replicas !== to) await this.client.setReplicas(workload, to, this.isDryRun);
    if (!this.isDryRun) return APPLIED;
    return notApplied(replicas === to ? `dry run: ${target} is already at ${to} replicas` : `dry run: Kubernetes accepted ${target} at ${to} replicas (now ${replicas})`);
  }
}
