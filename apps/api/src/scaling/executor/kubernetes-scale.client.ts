import type * as k8s from '@kubernetes/client-node';
import type { ScalingWorkload } from '@vigil/types';
import { ScaleFailed } from './scale-executor.js';

type ClientNode = typeof k8s;
type CallOptions = k8s.ConfigurationOptions;

/** Who Vigil is in `managedFields` of the scale it sets. */
const FIELD_MANAGER = 'vigil';
/** How much of the API server's message goes into a note. */
const MESSAGE_LIMIT = 300;

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

  /**
   * Loads the client only when this executor is configured (nothing else pays for it)
   * and the kubeconfig: the KUBECONFIG files merged in order as kubectl does, else
   * ~/.kube/config or the pod's service account (`loadFromDefault`).
   */
  static async connect(kubeconfigPaths: readonly string[], timeoutMs: number): Promise<KubernetesScaleClient> {
    const k8s = await import('@kubernetes/client-node');
    const config = new k8s.KubeConfig();
    const [first, ...rest] = kubeconfigPaths;
    try {
      if (first === undefined) config.loadFromDefault();
      else {
        config.loadFromFile(first);
        for (const path of rest) {
          const more = new k8s.KubeConfig();
          more.loadFromFile(path);
          config.mergeConfig(more);
        }
      }
    } catch (error) {
      throw new Error(`KUBECONFIG: cannot load the Kubernetes configuration: ${messageOf(error)}`);
    }
    const cluster = config.getCurrentCluster();
    if (cluster === null) throw new Error(`KUBECONFIG: the current context (${config.getCurrentContext()}) names no cluster`);
    return new KubernetesScaleClient(k8s, config.makeApiClient(k8s.AppsV1Api), config.makeApiClient(k8s.AutoscalingV2Api), timeoutMs, cluster.server);
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
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const options: CallOptions = { middleware: [this.signalMiddleware(controller.signal)], middlewareMergeStrategy: 'append' };
    try {
      return await send(options);
    } catch (error) {
      if (controller.signal.aborted) throw new ScaleFailed(`no answer from Kubernetes within ${this.timeoutMs} ms ${what}`);
      if (error instanceof this.k8s.ApiException) throw new ScaleFailed(`Kubernetes answered HTTP ${error.code} ${what}${statusMessageOf(error.body)}`);
      throw new ScaleFailed(`${what} failed: ${messageOf(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Hands the request the abort signal: the generated client sends it with the fetch. */
  private signalMiddleware(signal: AbortSignal): k8s.ObservableMiddleware {
    const { Observable } = this.k8s;
    return {
      pre: (request) => {
        request.setSignal(signal);
        return new Observable(Promise.resolve(request));
      },
      post: (response) => new Observable(Promise.resolve(response)),
    };
  }
}

export function workloadName(workload: ScalingWorkload): string {
  return `${workload.kind} ${workload.namespace}/${workload.name}`;
}

/** `: <message>` of a Kubernetes Status body (JSON text), cut short; empty when there is none. */
function statusMessageOf(body: unknown): string {
  let message: unknown;
  try {
    message = typeof body === 'string' ? (JSON.parse(body) as { message?: unknown }).message : undefined;
  } catch {
    message = undefined;
  }
  return typeof message === 'string' && message !== '' ? `: ${message.slice(0, MESSAGE_LIMIT)}` : '';
}

/** The cause of a failed request (`ECONNREFUSED`), else its message. */
function messageOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}
