import type * as k8s from '@kubernetes/client-node';
import { networkCause } from '../http/network-cause.js';

export type ClientNode = typeof k8s;
export type CallOptions = k8s.ConfigurationOptions;

/** How much of the API server's message goes into an error. */
const MESSAGE_LIMIT = 300;

/** The loaded client, the merged kubeconfig, and the API server of its current context. */
export interface KubernetesConnection {
  k8s: ClientNode;
  config: k8s.KubeConfig;
  server: string;
}

/**
 * Loads @kubernetes/client-node only when a Kubernetes feature is configured (nothing
 * else pays for it) and the kubeconfig: the KUBECONFIG files merged in order as kubectl
 * does, else ~/.kube/config or the pod's service account (`loadFromDefault`). A
 * configuration that cannot be loaded throws, naming KUBECONFIG.
 */
export async function connectKubernetes(kubeconfigPaths: readonly string[]): Promise<KubernetesConnection> {
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
    throw new Error(`KUBECONFIG: cannot load the Kubernetes configuration: ${networkCause(error)}`);
  }
  const cluster = config.getCurrentCluster();
  if (cluster === null) throw new Error(`KUBECONFIG: the current context (${config.getCurrentContext()}) names no cluster`);
  return { k8s, config, server: cluster.server };
}

/** A call to the Kubernetes API that timed out, was refused or failed; the message says which and what was asked. */
export class KubernetesCallFailed extends Error {
  constructor(
    message: string,
    /** The HTTP status the API server answered; undefined when it did not answer. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'KubernetesCallFailed';
  }
}

/**
 * Runs one call of the generated client, aborted after `timeoutMs`. `what` says what
 * was asked (`listing the pods of prod`); a failure throws KubernetesCallFailed with
 * it and the answer.
 */
export async function callKubernetes<T>(k8s: ClientNode, timeoutMs: number, what: string, send: (options: CallOptions) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const options: CallOptions = { middleware: [signalMiddleware(k8s, controller.signal)], middlewareMergeStrategy: 'append' };
  try {
    return await send(options);
  } catch (error) {
    if (controller.signal.aborted) throw new KubernetesCallFailed(`no answer from Kubernetes within ${timeoutMs} ms ${what}`);
    if (error instanceof k8s.ApiException) {
      throw new KubernetesCallFailed(`Kubernetes answered HTTP ${error.code} ${what}${statusMessageOf(error.body)}`, error.code);
    }
    throw new KubernetesCallFailed(`${what} failed: ${networkCause(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Hands the request the abort signal: the generated client sends it with the fetch. */
function signalMiddleware(k8s: ClientNode, signal: AbortSignal): k8s.ObservableMiddleware {
  const { Observable } = k8s;
  return {
    pre: (request) => {
      request.setSignal(signal);
      return new Observable(Promise.resolve(request));
    },
    post: (response) => new Observable(Promise.resolve(response)),
  };
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
