import { writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';

export interface KubernetesRequest {
  method: string;
  /** The path without the query. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The body parsed as JSON; undefined when there is none. */
  body: unknown;
}

type WorkloadKind = 'Deployment' | 'StatefulSet';
const RESOURCE: Record<string, WorkloadKind> = { deployments: 'Deployment', statefulsets: 'StatefulSet' };
const SCALE_PATH = /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/(deployments|statefulsets)\/([^/]+)\/scale$/;
const HPA_LIST_PATH = /^\/apis\/autoscaling\/v2\/namespaces\/([^/]+)\/horizontalpodautoscalers$/;
const NAMESPACED_PODS_PATH = /^\/api\/v1\/namespaces\/([^/]+)\/pods$/;
const ALL_PODS_PATH = '/api/v1/pods';

/** A pod as the fake serves it: any JSON object with `metadata.namespace`. */
export interface FakePod {
  metadata: { name: string; namespace: string; [field: string]: unknown };
  [field: string]: unknown;
}

/**
 * A Kubernetes API server on 127.0.0.1 (http, random port) serving what the scaling
 * executor calls: the scale subresource of Deployments and StatefulSets (GET, and a
 * merge-patch PATCH that honours `dryRun=All`) and the HorizontalPodAutoscaler list of
 * a namespace; and what pod discovery calls: the PodList of a namespace and of all
 * namespaces, in pages when asked for a `limit`. It checks the bearer token, records
 * every request, can hang, and can fail the pod lists.
 */
export class FakeKubernetes {
  readonly received: KubernetesRequest[] = [];
  private readonly replicas = new Map<string, number>();
  private readonly autoscalers: { namespace: string; name: string; target: { kind: WorkloadKind; name: string } }[] = [];
  private readonly sockets = new Set<Socket>();
  private isHanging = false;
  private pods: FakePod[] = [];
  private podListFailure: number | undefined;

  private constructor(
    private readonly server: Server,
    readonly token: string,
  ) {
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  static async start(token = 'fake-service-account-token'): Promise<FakeKubernetes> {
    const fake: FakeKubernetes = new FakeKubernetes(createServer((req, res) => fake.record(req, res)), token);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  url(): string {
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('FakeKubernetes: no TCP address');
    return `http://127.0.0.1:${address.port}`;
  }

  /** A kubeconfig naming this server (plain http, so TLS verification is off) and the token. */
  writeKubeconfig(dir: string): string {
    const path = join(dir, 'kubeconfig');
    const config = {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'fake', cluster: { server: this.url(), 'insecure-skip-tls-verify': true } }],
      users: [{ name: 'vigil', user: { token: this.token } }],
      contexts: [{ name: 'fake', context: { cluster: 'fake', user: 'vigil', namespace: 'default' } }],
      'current-context': 'fake',
    };
    writeFileSync(path, JSON.stringify(config));
    return path;
  }

  setReplicas(kind: WorkloadKind, namespace: string, name: string, replicas: number): void {
    this.replicas.set(key(kind, namespace, name), replicas);
  }

  replicasOf(kind: WorkloadKind, namespace: string, name: string): number | undefined {
    return this.replicas.get(key(kind, namespace, name));
  }

  addAutoscaler(namespace: string, name: string, target: { kind: WorkloadKind; name: string }): void {
    this.autoscalers.push({ namespace, name, target });
  }

  /** The pods the lists serve from now on, in this order. */
  setPods(pods: FakePod[]): void {
    this.pods = structuredClone(pods);
  }

  /** Pod lists answer this HTTP status (a Status body) from now on; undefined: they answer again. */
  failPodLists(status: number | undefined): void {
    this.podListFailure = status;
  }

  /** Following requests are recorded but never answered, until `answer()`. */
  hang(): void {
    this.isHanging = true;
  }

  answer(): void {
    this.isHanging = false;
  }

  /** Requests received since `index`, as `METHOD path`. */
  callsSince(index: number): string[] {
    return this.received.slice(index).map((r) => `${r.method} ${r.path}`);
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private record(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const text = Buffer.concat(chunks).toString('utf8');
      const request: KubernetesRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
      };
      this.received.push(request);
      if (this.isHanging) return;
      const [status, body] = this.respond(request);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  }

  private respond(request: KubernetesRequest): [number, unknown] {
    if (request.headers.authorization !== `Bearer ${this.token}`) return failure(401, 'Unauthorized', 'Unauthorized');
    const scale = SCALE_PATH.exec(request.path);
    if (scale) return this.scale(request, scale[1]!, RESOURCE[scale[2]!]!, scale[3]!, scale[2]!);
    const list = HPA_LIST_PATH.exec(request.path);
    if (list && request.method === 'GET') return [200, this.autoscalerList(list[1]!)];
    const namespaced = NAMESPACED_PODS_PATH.exec(request.path);
    if ((namespaced || request.path === ALL_PODS_PATH) && request.method === 'GET') {
      if (this.podListFailure !== undefined) return failure(this.podListFailure, 'InternalError', 'etcdserver: request timed out');
      const pods = namespaced ? this.pods.filter((pod) => pod.metadata.namespace === namespaced[1]) : this.pods;
      return [200, podList(pods, request.query)];
    }
    return failure(404, 'NotFound', 'the server could not find the requested resource');
  }

  private scale(request: KubernetesRequest, namespace: string, kind: WorkloadKind, name: string, resource: string): [number, unknown] {
    const current = this.replicas.get(key(kind, namespace, name));
    if (current === undefined) return failure(404, 'NotFound', `${resource}.apps "${name}" not found`);
    if (request.method === 'GET') return [200, scaleObject(namespace, name, current)];
    if (request.method !== 'PATCH') return failure(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
    if (request.headers['content-type'] !== 'application/merge-patch+json') return failure(415, 'UnsupportedMediaType', 'expected a merge patch');
    const replicas = (request.body as { spec?: { replicas?: unknown } } | undefined)?.spec?.replicas;
    if (typeof replicas !== 'number') return failure(422, 'Invalid', 'spec.replicas: Required value');
    if (request.query.get('dryRun') !== 'All') this.replicas.set(key(kind, namespace, name), replicas);
    return [200, scaleObject(namespace, name, replicas)];
  }

  private autoscalerList(namespace: string): unknown {
    const items = this.autoscalers
      .filter((hpa) => hpa.namespace === namespace)
      .map((hpa) => ({
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: hpa.name, namespace },
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', ...hpa.target }, minReplicas: 1, maxReplicas: 10 },
      }));
    return { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscalerList', metadata: { resourceVersion: '1' }, items };
  }
}

/** A PodList page: `limit` pods from the `continue` offset, with the next offset while more remain. */
function podList(pods: FakePod[], query: URLSearchParams): unknown {
  const from = Number(query.get('continue') ?? '0');
  const limit = Number(query.get('limit') ?? pods.length) || pods.length;
  const items = pods.slice(from, from + limit);
  const next = from + items.length < pods.length ? String(from + items.length) : undefined;
  return { apiVersion: 'v1', kind: 'PodList', metadata: { resourceVersion: '1', ...(next && { continue: next }) }, items };
}

const key = (kind: WorkloadKind, namespace: string, name: string) => `${kind}/${namespace}/${name}`;

const scaleObject = (namespace: string, name: string, replicas: number) => ({
  apiVersion: 'autoscaling/v1',
  kind: 'Scale',
  metadata: { name, namespace },
  spec: { replicas },
  status: { replicas, selector: `app=${name}` },
});

/** A `Status` answer, as the API server sends for errors. */
function failure(code: number, reason: string, message: string): [number, unknown] {
  return [code, { apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', message, reason, code }];
}
