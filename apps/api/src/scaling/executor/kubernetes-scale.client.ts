import type * as k8s from '@kubernetes/client-node';
import type { ScalingWorkload } from '@vigil/types';
import { callKubernetes, connectKubernetes, KubernetesCallFailed, type CallOptions, type ClientNode } from '../../common/kubernetes/kubernetes-api.js';
import { ScaleFailed } from './scale-executor.js';

/** Who Vigil is in `managedFields` of the scale it sets. */
const FIELD_MANAGER = 'vigil';

/**
 * The three calls of the Kubernetes executor, through @kubernetes/client-node: the
 * scale subresource of a Deployment or StatefulSet (read and merge-patch) and the
 * HorizontalPodAutoscalers of a namespace. Every call is aborted after `timeoutMs`;
 * failures become ScaleFailed naming what was asked and the answer.
 */
export class KubernetesScaleClient {
  private constructor(
    private readonly k8s: ClientNode,
    private readonly apps: k8s.AppsV1Api,
    private readonly autoscaling: k8s.AutoscalingV2Api,
    private readonly timeoutMs: number,
    /** The API server of the current context, for the boot log. */
    readonly server: string,
  ) {}

  /** Loads the client and the kubeconfig (see connectKubernetes); one that cannot be loaded throws, naming KUBECONFIG. */
  static async connect(kubeconfigPaths: readonly string[], timeoutMs: number): Promise<KubernetesScaleClient> {
    const { k8s, config, server } = await connectKubernetes(kubeconfigPaths);
    return new KubernetesScaleClient(k8s, config.makeApiClient(k8s.AppsV1Api), config.makeApiClient(k8s.AutoscalingV2Api), timeoutMs, server);
  }

  /** The workload's `spec.replicas`, from its scale subresource. */
  async readReplicas(workload: ScalingWorkload): Promise<number> {
    const { name, namespace } = workload;
    const scale = await this.call(`reading the scale of ${workloadName(workload)}`, (options) =>
      workload.kind === 'Deployment'
        ? this.apps.readNamespacedDeploymentScale({ name, namespace }, options)
        : this.apps.readNamespacedStatefulSetScale({ name, namespace }, options),
    );
    return scale.spec?.replicas ?? 0;
  }

  /** The name of a HorizontalPodAutoscaler in the workload's namespace whose `scaleTargetRef` is the workload. */
  async autoscalerOf(workload: ScalingWorkload): Promise<string | undefined> {
    const list = await this.call(`listing the HorizontalPodAutoscalers of ${workload.namespace}`, (options) =>
      this.autoscaling.listNamespacedHorizontalPodAutoscaler({ namespace: workload.namespace }, options),
    );
    const hpa = list.items.find(({ spec }) => spec.scaleTargetRef.kind === workload.kind && spec.scaleTargetRef.name === workload.name);
    return hpa === undefined ? undefined : (hpa.metadata?.name ?? '(unnamed)');
  }

  /** Merge-patches `spec.replicas` of the scale subresource; with `isDryRun`, `dryRun=All`: checked, not persisted. */
  async setReplicas(workload: ScalingWorkload, replicas: number, isDryRun: boolean): Promise<void> {
    const request = {
      name: workload.name,
      namespace: workload.namespace,
      body: { spec: { replicas } },
      dryRun: isDryRun ? 'All' : undefined,
      fieldManager: FIELD_MANAGER,
    };
    await this.call(`setting the scale of ${workloadName(workload)}`, (options) => {
      // The generated client would send a JSON patch; the body is a merge patch.
      const patch = this.k8s.setHeaderOptions('Content-Type', this.k8s.PatchStrategy.MergePatch, options);
      return workload.kind === 'Deployment'
        ? this.apps.patchNamespacedDeploymentScale(request, patch)
        : this.apps.patchNamespacedStatefulSetScale(request, patch);
    });
  }

  private async call<T>(what: string, send: (options: CallOptions) => Promise<T>): Promise<T> {
    try {
      return await callKubernetes(this.k8s, this.timeoutMs, what, send);
    } catch (error) {
      throw error instanceof KubernetesCallFailed ? new ScaleFailed(error.message) : error;
    }
  }
}

export function workloadName(workload: ScalingWorkload): string {
  return `${workload.kind} ${workload.namespace}/${workload.name}`;
}
