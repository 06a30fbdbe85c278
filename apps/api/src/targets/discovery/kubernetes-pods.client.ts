import type * as k8s from '@kubernetes/client-node';
import { callKubernetes, connectKubernetes, type ClientNode } from '../../common/kubernetes/kubernetes-api.js';
import type { PodLister } from './pod-lister.js';

/** Pods per page: large clusters are listed in pages, as kubectl does. */
const PAGE_SIZE = 500;
/** A continue token the server keeps handing back would otherwise loop for ever. */
const MAX_PAGES = 1_000;

/**
 * Lists pods through @kubernetes/client-node: `listNamespacedPod` for each configured
 * namespace, or `listPodForAllNamespaces` when none is, following continue tokens, with
 * the label selector (the API server applies it, as `kubectl get pods -l` does).
 * Each call is aborted after `timeoutMs`; a failure throws KubernetesCallFailed.
 */
export class KubernetesPodsClient implements PodLister {
  private constructor(
    private readonly k8s: ClientNode,
    private readonly core: k8s.CoreV1Api,
    private readonly namespaces: readonly string[],
    private readonly labelSelector: string,
    private readonly timeoutMs: number,
    readonly server: string,
  ) {}

  /** Loads the client and the kubeconfig (see connectKubernetes); one that cannot be loaded throws, naming KUBECONFIG. */
  static async connect(options: {
    kubeconfigPaths: readonly string[];
    namespaces: readonly string[];
    labelSelector: string;
    timeoutMs: number;
  }): Promise<KubernetesPodsClient> {
    const { k8s, config, server } = await connectKubernetes(options.kubeconfigPaths);
    return new KubernetesPodsClient(k8s, config.makeApiClient(k8s.CoreV1Api), options.namespaces, options.labelSelector, options.timeoutMs, server);
  }

  async listPods(): Promise<k8s.V1Pod[]> {
    if (this.namespaces.length === 0) {
      return this.pages('listing the pods of all namespaces', (page, options) => this.core.listPodForAllNamespaces(page, options));
    }
    const pods: k8s.V1Pod[] = [];
    for (const namespace of this.namespaces) {
      pods.push(...(await this.pages(`listing the pods of namespace ${namespace}`, (page, options) => this.core.listNamespacedPod({ namespace, ...page }, options))));
    }
    return pods;
  }

  private async pages(
    what: string,
    list: (page: { limit: number; _continue?: string }, options: k8s.ConfigurationOptions) => Promise<k8s.V1PodList>,
  ): Promise<k8s.V1Pod[]> {
    const pods: k8s.V1Pod[] = [];
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const selector = this.labelSelector === '' ? {} : { labelSelector: this.labelSelector };
      const answer = await callKubernetes(this.k8s, this.timeoutMs, what, (options) => list({ limit: PAGE_SIZE, _continue: token, ...selector }, options));
      pods.push(...answer.items);
      token = answer.metadata?._continue;
      if (!token) return pods;
    }
    throw new Error(`${what}: still more pages after ${MAX_PAGES}`);
  }
}
