import { parseDuration, TARGET_DEFAULTS } from '@vigil/types';
import type { TargetDefinition } from '../registry/target.repository.js';

/** The fields of a Kubernetes Pod that discovery reads; a `V1Pod` of @kubernetes/client-node is one. */
export interface Pod {
  metadata?: {
    name?: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: readonly { kind: string; name: string; controller?: boolean }[];
  };
  spec?: { containers?: readonly { ports?: readonly { containerPort: number; protocol?: string }[] }[] };
  status?: { phase?: string; podIP?: string };
}

/** A pod asking to be scraped that is not a target, and why. */
export interface SkippedPod {
  /** `namespace/name`. */
  pod: string;
  reason: string;
}

export interface PodTargets {
  targets: TargetDefinition[];
  skipped: SkippedPod[];
}

export const ANNOTATION = {
  scrape: 'prometheus.io/scrape',
  scheme: 'prometheus.io/scheme',
  port: 'prometheus.io/port',
  path: 'prometheus.io/path',
} as const;

/** ServiceName of the contract: what a target's `service` may be. */
const SERVICE_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
const PORT = /^[0-9]{1,5}$/;
/** ScrapeUrl of the contract: longer URLs are refused. */
const MAX_URL_LENGTH = 2_048;

const ms = (duration: string) => parseDuration(duration) ?? 0;

/**
 * The scrape targets of a pod list, as Prometheus' `kubernetes_sd_configs` role `pod`
 * with the usual `prometheus.io/*` relabelling: a pod annotated
 * `prometheus.io/scrape: "true"` that is Running and has an IP is one target (Ready or
 * not, as Prometheus scrapes it either way), at
 * `<prometheus.io/scheme | http>://<podIP>:<prometheus.io/port | first TCP containerPort><prometheus.io/path | /metrics>`,
 * with `namespace` and `pod` labels. Its service is the label `app.kubernetes.io/name`,
 * else `app`, else the name of its controller (a ReplicaSet's Deployment). Pods that ask
 * to be scraped but cannot be (no usable port, scheme, path or service, or the same
 * service and instance as an earlier pod) are in `skipped`, each with its reason; pods
 * that are not asking, not Running or without an IP are neither.
 */
export function podTargets(pods: readonly Pod[]): PodTargets {
  const targets: TargetDefinition[] = [];
  const skipped: SkippedPod[] = [];
  const seen = new Map<string, string>();
  for (const pod of pods) {
    const annotations = pod.metadata?.annotations ?? {};
    const podIP = pod.status?.podIP;
    if (annotations[ANNOTATION.scrape] !== 'true' || pod.status?.phase !== 'Running' || !podIP) continue;
    const name = `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
    const target = targetOf(pod, podIP);
    if (typeof target === 'string') {
      skipped.push({ pod: name, reason: target });
      continue;
    }
    const key = `${target.service}\u0000${target.instance}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      skipped.push({ pod: name, reason: `${target.service}/${target.instance} is already the target of pod ${earlier}` });
      continue;
    }
    seen.set(key, name);
    targets.push(target);
  }
  return { targets, skipped };
}

/** The pod's target, or why it has none. */
function targetOf(pod: Pod, podIP: string): TargetDefinition | string {
  const annotations = pod.metadata?.annotations ?? {};
  const scheme = annotations[ANNOTATION.scheme] ?? 'http';
  if (scheme !== 'http' && scheme !== 'https') return `${ANNOTATION.scheme} "${scheme}" is neither http nor https`;
  const port = portOf(pod);
  if (typeof port === 'string') return port;
  const path = annotations[ANNOTATION.path] ?? '/metrics';
  if (!path.startsWith('/') || /[\s#]/.test(path)) return `${ANNOTATION.path} "${path}" is not an absolute path`;
  const service = serviceOf(pod);
  if (service === undefined) return 'has no app.kubernetes.io/name or app label and no owner to name its service';
  if (!SERVICE_NAME.test(service)) return `service "${service}" must match ^[a-z0-9][a-z0-9._-]*$ and be at most 63 characters`;
  const instance = `${podIP.includes(':') ? `[${podIP}]` : podIP}:${port}`;
  const url = `${scheme}://${instance}${path}`;
  if (url.length > MAX_URL_LENGTH) return `its URL is longer than ${MAX_URL_LENGTH} characters`;
  return {
    service,
    instance,
    url,
    source: 'kubernetes',
    labels: { namespace: pod.metadata?.namespace ?? '', pod: pod.metadata?.name ?? '' },
    scrapeIntervalMs: ms(TARGET_DEFAULTS.scrapeInterval),
    scrapeTimeoutMs: ms(TARGET_DEFAULTS.scrapeTimeout),
    sampleLimit: TARGET_DEFAULTS.sampleLimit,
    bearerToken: null,
    agent: null,
  };
}

/** `prometheus.io/port`, else the first TCP port its containers declare; or why there is none. */
function portOf(pod: Pod): number | string {
  const annotated = pod.metadata?.annotations?.[ANNOTATION.port];
  if (annotated !== undefined) {
    const port = PORT.test(annotated) ? Number(annotated) : NaN;
    return port >= 1 && port <= 65_535 ? port : `${ANNOTATION.port} "${annotated}" is not a port number`;
  }
  const declared = (pod.spec?.containers ?? []).flatMap((c) => c.ports ?? []).find((p) => (p.protocol ?? 'TCP') === 'TCP');
  return declared?.containerPort ?? `has no ${ANNOTATION.port} annotation and its containers declare no TCP port`;
}

/** `app.kubernetes.io/name`, else `app`, else the controller's name: a ReplicaSet of a Deployment stands for the Deployment. */
function serviceOf(pod: Pod): string | undefined {
  const labels = pod.metadata?.labels ?? {};
  const labelled = labels['app.kubernetes.io/name'] || labels.app;
  if (labelled) return labelled;
  const owners = pod.metadata?.ownerReferences ?? [];
  const owner = owners.find((o) => o.controller) ?? owners[0];
  if (!owner?.name) return undefined;
  const hash = labels['pod-template-hash'];
  if (owner.kind === 'ReplicaSet' && hash && owner.name.endsWith(`-${hash}`)) return owner.name.slice(0, -hash.length - 1);
  return owner.name;
}
