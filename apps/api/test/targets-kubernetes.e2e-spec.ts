/**
 * Kubernetes pod discovery end to end: the app lists pods from a fake Kubernetes API
 * server on loopback through a kubeconfig file, and keeps the `kubernetes` targets
 * exactly the annotated pods: added, updated when an annotation changes, removed when
 * the pod goes; kept as they are when the API fails or does not answer; never
 * overwriting a target of another source; and forgotten at boot once discovery is off.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody, ScrapeTarget } from '@vigil/types';
import request from 'supertest';
import { KubernetesDiscovery } from '../src/targets/discovery/kubernetes-discovery.service.js';
import { FakeKubernetes, type FakePod } from './support/fake-kubernetes.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { startTestApp } from './support/test-app.js';

interface PodFields {
  namespace: string;
  name: string;
  podIP: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ports?: number[];
  owner?: { kind: string; name: string };
  phase?: string;
}

const SCRAPE = { 'prometheus.io/scrape': 'true' };

function pod({ namespace, name, podIP, labels = {}, annotations = SCRAPE, ports = [], owner, phase = 'Running' }: PodFields): FakePod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace,
      uid: `uid-${namespace}-${name}`,
      labels,
      annotations,
      ...(owner && { ownerReferences: [{ apiVersion: 'apps/v1', ...owner, uid: `uid-${owner.name}`, controller: true }] }),
    },
    spec: { containers: [{ name: 'main', image: 'example/app:1', ports: ports.map((containerPort) => ({ containerPort, protocol: 'TCP' })) }] },
    status: { phase, podIP, conditions: [{ type: 'Ready', status: 'False' }] },
  };
}

const ordersA = pod({ namespace: 'shop', name: 'orders-a', podIP: '10.0.1.1', labels: { 'app.kubernetes.io/name': 'orders' }, ports: [8080, 8081] });
const ordersB = pod({
  namespace: 'shop',
  name: 'orders-b',
  podIP: '10.0.1.2',
  labels: { 'app.kubernetes.io/name': 'orders' },
  annotations: { ...SCRAPE, 'prometheus.io/port': '9102', 'prometheus.io/path': '/stats' },
  ports: [8080],
});
const ledger = pod({ namespace: 'payments', name: 'ledger-0', podIP: '10.0.2.1', owner: { kind: 'StatefulSet', name: 'ledger' }, ports: [9000] });
/** Not annotated: not a target. */
const web = pod({ namespace: 'shop', name: 'web-1', podIP: '10.0.1.9', labels: { app: 'web' }, annotations: {}, ports: [80] });
/** Annotated but without a port: skipped with a reason. */
const portless = pod({ namespace: 'shop', name: 'cron-1', podIP: '10.0.1.8', labels: { app: 'cron' } });
/** In a namespace KUBERNETES_NAMESPACES does not name. */
const coredns = pod({
  namespace: 'kube-system',
  name: 'coredns-1',
  podIP: '10.0.9.1',
  labels: { 'k8s-app': 'kube-dns', 'pod-template-hash': '6f9c' },
  owner: { kind: 'ReplicaSet', name: 'coredns-6f9c' },
  annotations: { ...SCRAPE, 'prometheus.io/port': '9153' },
});

describe('Kubernetes pod discovery', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-targets-kubernetes-'));
  let database: OwnDatabase;
  let kubernetes: FakeKubernetes;
  let kubeconfig: string;
  let app: NestFastifyApplication | undefined;
  const http = () => request(app!.getHttpServer());
  const discover = () => app!.get(KubernetesDiscovery).sync();

  async function boot(env: Record<string, string>): Promise<void> {
    await app?.close();
    app = await startTestApp({
      DATABASE_URL: database.url,
      DATA_DIR: dir,
      KUBECONFIG: kubeconfig,
      KUBERNETES_DISCOVERY_TIMEOUT_MS: '500',
      SCRAPE_TARGETS: JSON.stringify([{ service: 'billing', url: 'http://10.0.1.1:8080/metrics' }]),
      ...env,
    });
  }

  async function listed(source?: string): Promise<ScrapeTarget[]> {
    return (await http().get('/api/v1/targets').query(source ? { source } : {}).expect(200)).body as ScrapeTarget[];
  }

  /** The kubernetes targets as `service instance url labels` (labels in name order). */
  async function discovered(): Promise<string[]> {
    const labels = (l: Record<string, string>) => JSON.stringify(Object.fromEntries(Object.entries(l).sort(([a], [b]) => a.localeCompare(b))));
    return (await listed('kubernetes')).map((t) => `${t.service} ${t.instance} ${t.url} ${labels(t.labels)}`);
  }

  /** Requests since `index`, as `METHOD path?query`. */
  const requestsSince = (index: number) =>
    kubernetes.received.slice(index).map((r) => `${r.method} ${r.path}${r.query.size > 0 ? `?${r.query.toString()}` : ''}`);

  beforeAll(async () => {
    [database, kubernetes] = await Promise.all([openOwnDatabase(), FakeKubernetes.start()]);
    kubeconfig = kubernetes.writeKubeconfig(dir);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await Promise.all([kubernetes?.stop(), database?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  describe('KUBERNETES_NAMESPACES=shop,payments', () => {
    beforeAll(() => boot({ KUBERNETES_DISCOVERY: 'on', KUBERNETES_NAMESPACES: 'shop, payments' }), 60_000);

    it('lists the pods of each namespace with the kubeconfig token and adds a target per annotated Running pod', async () => {
      kubernetes.setPods([ordersA, ordersB, web, portless, ledger, coredns]);
      const before = kubernetes.received.length;
      expect(await discover()).toEqual({
        added: 3,
        updated: 0,
        removed: 0,
        conflicts: [],
        discovered: 3,
        skipped: [{ pod: 'shop/cron-1', reason: 'has no prometheus.io/port annotation and its containers declare no TCP port' }],
      });
      expect(requestsSince(before)).toEqual(['GET /api/v1/namespaces/shop/pods?limit=500', 'GET /api/v1/namespaces/payments/pods?limit=500']);
      expect(kubernetes.received.at(-1)?.headers.authorization).toBe(`Bearer ${kubernetes.token}`);
      expect(await discovered()).toEqual([
        'ledger 10.0.2.1:9000 http://10.0.2.1:9000/metrics {"namespace":"payments","pod":"ledger-0"}',
        'orders 10.0.1.1:8080 http://10.0.1.1:8080/metrics {"namespace":"shop","pod":"orders-a"}',
        'orders 10.0.1.2:9102 http://10.0.1.2:9102/stats {"namespace":"shop","pod":"orders-b"}',
      ]);
      const [target] = await listed('kubernetes');
      expect(target).toMatchObject({ source: 'kubernetes', scrapeInterval: '15s', scrapeTimeout: '10s', sampleLimit: 50_000, hasBearerToken: false, health: 'unknown' });
    });

    it('changes nothing when the pods have not changed', async () => {
      const before = await listed('kubernetes');
      expect(await discover()).toMatchObject({ added: 0, updated: 0, removed: 0, discovered: 3 });
      expect(await listed('kubernetes')).toEqual(before);
    });

    it('updates the URL of a pod whose annotation changed, keeping the target', async () => {
      const [, , before] = await listed('kubernetes');
      kubernetes.setPods([ordersA, { ...ordersB, metadata: { ...ordersB.metadata, annotations: { ...SCRAPE, 'prometheus.io/port': '9102', 'prometheus.io/path': '/metrics/v2', 'prometheus.io/scheme': 'https' } } }, ledger]);
      expect(await discover()).toMatchObject({ added: 0, updated: 1, removed: 0, discovered: 3, skipped: [] });
      const after = await http().get(`/api/v1/targets/${before!.id}`).expect(200);
      expect(after.body).toMatchObject({ id: before!.id, service: 'orders', instance: '10.0.1.2:9102', url: 'https://10.0.1.2:9102/metrics/v2' });
    });

    it('removes the target of a pod that is gone or no longer Running', async () => {
      kubernetes.setPods([{ ...ordersA, status: { phase: 'Succeeded', podIP: '10.0.1.1' } }, ledger]);
      expect(await discover()).toMatchObject({ added: 0, updated: 0, removed: 2, discovered: 1 });
      expect(await discovered()).toEqual(['ledger 10.0.2.1:9000 http://10.0.2.1:9000/metrics {"namespace":"payments","pod":"ledger-0"}']);
    });

    it('keeps the previous targets when the API answers 500, and says so', async () => {
      kubernetes.failPodLists(500);
      const before = kubernetes.received.length;
      try {
        await expect(discover()).rejects.toHaveProperty(
          'message',
          'Kubernetes discovery kept the previous targets: Kubernetes answered HTTP 500 listing the pods of namespace shop: etcdserver: request timed out',
        );
      } finally {
        kubernetes.failPodLists(undefined);
      }
      // The first namespace failed: the second was not asked, and nothing was deleted.
      expect(requestsSince(before)).toEqual(['GET /api/v1/namespaces/shop/pods?limit=500']);
      expect(await discovered()).toEqual(['ledger 10.0.2.1:9000 http://10.0.2.1:9000/metrics {"namespace":"payments","pod":"ledger-0"}']);
    });

    it('keeps the previous targets when the API does not answer within KUBERNETES_DISCOVERY_TIMEOUT_MS', async () => {
      kubernetes.setPods([]);
      kubernetes.hang();
      try {
        await expect(discover()).rejects.toHaveProperty('message', 'Kubernetes discovery kept the previous targets: no answer from Kubernetes within 500 ms listing the pods of namespace shop');
      } finally {
        kubernetes.answer();
      }
      expect(await discovered()).toEqual(['ledger 10.0.2.1:9000 http://10.0.2.1:9000/metrics {"namespace":"payments","pod":"ledger-0"}']);
    });

    it('follows continue tokens through a namespace of many pods', async () => {
      const many = Array.from({ length: 1_100 }, (_, i) => pod({ namespace: 'shop', name: `idle-${i}`, podIP: `10.1.${i >> 8}.${i & 255}`, annotations: {} }));
      kubernetes.setPods([...many, ordersA, ledger]);
      const before = kubernetes.received.length;
      expect(await discover()).toMatchObject({ added: 1, updated: 0, removed: 0, discovered: 2 });
      expect(requestsSince(before)).toEqual([
        'GET /api/v1/namespaces/shop/pods?limit=500',
        'GET /api/v1/namespaces/shop/pods?continue=500&limit=500',
        'GET /api/v1/namespaces/shop/pods?continue=1000&limit=500',
        'GET /api/v1/namespaces/payments/pods?limit=500',
      ]);
      expect((await discovered()).map((t) => t.split(' ').slice(0, 2).join(' '))).toEqual(['ledger 10.0.2.1:9000', 'orders 10.0.1.1:8080']);
    });

    it('never overwrites a target of another source: the pod is left out and reported', async () => {
      const created = (await http().post('/api/v1/targets').send({ service: 'orders', instance: '10.0.1.2:9102', url: 'http://10.0.1.2:9102/metrics', labels: { owner: 'ops' } }).expect(201))
        .body as ScrapeTarget;
      kubernetes.setPods([ordersA, ordersB, ledger]);
      const sync = await discover();
      expect(sync).toMatchObject({ added: 0, updated: 0, removed: 0, discovered: 3 });
      expect(sync.conflicts).toEqual([{ definition: expect.objectContaining({ service: 'orders', instance: '10.0.1.2:9102', url: 'http://10.0.1.2:9102/stats' }), source: 'api' }]);
      expect(await http().get(`/api/v1/targets/${created.id}`).expect(200)).toMatchObject({
        body: { source: 'api', url: 'http://10.0.1.2:9102/metrics', labels: { owner: 'ops' } },
      });
      // SCRAPE_TARGETS' target is untouched by all of this.
      expect((await listed('static')).map((t) => `${t.service} ${t.instance} ${t.url}`)).toEqual(['billing 10.0.1.1:8080 http://10.0.1.1:8080/metrics']);
      await http().delete(`/api/v1/targets/${created.id}`).expect(204);
    });

    it('refuses to edit a discovered target through the API', async () => {
      const [target] = await listed('kubernetes');
      const put = await http().put(`/api/v1/targets/${target!.id}`).send({ service: 'ledger', url: 'http://10.0.2.1:9000/other' }).expect(409);
      expect((put.body as ErrorBody).message).toBe(`target "${target!.id}" is discovered from Kubernetes; change the pods instead`);
    });
  });

  describe('KUBERNETES_NAMESPACES unset, with a label selector', () => {
    beforeAll(() => boot({ KUBERNETES_DISCOVERY: 'on', KUBERNETES_LABEL_SELECTOR: 'app.kubernetes.io/part-of=shop,tier!=db' }), 60_000);

    it('lists the pods of all namespaces in one call, asking the API server to select by label', async () => {
      kubernetes.setPods([ordersA, ledger, coredns]);
      const before = kubernetes.received.length;
      expect(await discover()).toMatchObject({ added: 1, updated: 0, removed: 0, discovered: 3, skipped: [] });
      expect(requestsSince(before)).toEqual(['GET /api/v1/pods?labelSelector=app.kubernetes.io%2Fpart-of%3Dshop%2Ctier%21%3Ddb&limit=500']);
      expect(await discovered()).toEqual([
        'coredns 10.0.9.1:9153 http://10.0.9.1:9153/metrics {"namespace":"kube-system","pod":"coredns-1"}',
        'ledger 10.0.2.1:9000 http://10.0.2.1:9000/metrics {"namespace":"payments","pod":"ledger-0"}',
        'orders 10.0.1.1:8080 http://10.0.1.1:8080/metrics {"namespace":"shop","pod":"orders-a"}',
      ]);
    });
  });

  describe('KUBERNETES_DISCOVERY=off', () => {
    beforeAll(() => boot({ KUBERNETES_DISCOVERY: 'off' }), 60_000);

    it('forgets the kubernetes targets at boot, asks Kubernetes nothing, and keeps the others', async () => {
      const before = kubernetes.received.length;
      expect(await listed('kubernetes')).toEqual([]);
      expect((await listed()).map((t) => `${t.source} ${t.service} ${t.instance}`)).toEqual(['static billing 10.0.1.1:8080']);
      await expect(discover()).rejects.toHaveProperty('message', 'Kubernetes discovery is off (KUBERNETES_DISCOVERY=off)');
      expect(kubernetes.received.length).toBe(before);
    });
  });
});
