import { podTargets, type Pod } from './pod-targets.js';

interface PodFields {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  owners?: { kind: string; name: string; controller?: boolean }[];
  ports?: { containerPort: number; protocol?: string }[][];
  phase?: string;
  podIP?: string;
}

/** A Running pod of `shop` asking to be scraped, declaring port 8080; `fields` change that. */
function pod(fields: PodFields = {}): Pod {
  const { name = 'orders-7d9f8-abcde', namespace = 'shop', phase = 'Running', podIP = '10.1.2.3' } = fields;
  return {
    metadata: {
      name,
      namespace,
      labels: fields.labels ?? { app: 'orders' },
      annotations: fields.annotations ?? { 'prometheus.io/scrape': 'true' },
      ownerReferences: fields.owners,
    },
    spec: { containers: (fields.ports ?? [[{ containerPort: 8080 }]]).map((ports) => ({ ports })) },
    status: { phase, podIP },
  };
}

/** What every discovered target has besides its own fields. */
const defaults = { source: 'kubernetes', scrapeIntervalMs: 15_000, scrapeTimeoutMs: 10_000, sampleLimit: 50_000, bearerToken: null, agent: null };

describe('podTargets', () => {
  it('maps an annotated Running pod to a target at http://<podIP>:<first containerPort>/metrics with namespace and pod labels', () => {
    expect(podTargets([pod()])).toEqual({
      targets: [
        {
          ...defaults,
          service: 'orders',
          instance: '10.1.2.3:8080',
          url: 'http://10.1.2.3:8080/metrics',
          labels: { namespace: 'shop', pod: 'orders-7d9f8-abcde' },
        },
      ],
      skipped: [],
    });
  });

  it('takes scheme, port and path from the prometheus.io annotations', () => {
    const annotations = { 'prometheus.io/scrape': 'true', 'prometheus.io/scheme': 'https', 'prometheus.io/port': '9102', 'prometheus.io/path': '/internal/metrics' };
    const { targets } = podTargets([pod({ annotations })]);
    expect(targets.map((t) => [t.url, t.instance])).toEqual([['https://10.1.2.3:9102/internal/metrics', '10.1.2.3:9102']]);
  });

  it('falls back to the first TCP port declared by any container, skipping UDP ones', () => {
    const ports = [[{ containerPort: 53, protocol: 'UDP' }], [{ containerPort: 9153, protocol: 'TCP' }, { containerPort: 9154 }]];
    expect(podTargets([pod({ ports })]).targets.map((t) => t.url)).toEqual(['http://10.1.2.3:9153/metrics']);
    // The annotation wins over every declared port.
    const annotated = pod({ ports, annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9000' } });
    expect(podTargets([annotated]).targets.map((t) => t.url)).toEqual(['http://10.1.2.3:9000/metrics']);
  });

  it('brackets an IPv6 pod IP in the URL and the instance', () => {
    const { targets } = podTargets([pod({ podIP: 'fd00:10::5' })]);
    expect(targets.map((t) => [t.url, t.instance])).toEqual([['http://[fd00:10::5]:8080/metrics', '[fd00:10::5]:8080']]);
  });

  it('leaves out pods that do not ask to be scraped, are not Running or have no IP, without a reason', () => {
    const pods = [
      pod({ name: 'a', annotations: {} }),
      pod({ name: 'b', annotations: { 'prometheus.io/scrape': 'false' } }),
      pod({ name: 'c', annotations: { 'prometheus.io/scrape': 'True' } }),
      pod({ name: 'd', phase: 'Pending' }),
      pod({ name: 'e', phase: 'Succeeded' }),
      pod({ name: 'f', podIP: '' }),
    ];
    expect(podTargets(pods)).toEqual({ targets: [], skipped: [] });
  });

  it('skips a pod asking to be scraped without a usable port, scheme, path or service, saying why', () => {
    const scrape = { 'prometheus.io/scrape': 'true' };
    const pods = [
      pod({ name: 'no-port', ports: [[]] }),
      pod({ name: 'udp-only', ports: [[{ containerPort: 514, protocol: 'UDP' }]] }),
      pod({ name: 'named-port', annotations: { ...scrape, 'prometheus.io/port': 'metrics' } }),
      pod({ name: 'port-zero', annotations: { ...scrape, 'prometheus.io/port': '0' } }),
      pod({ name: 'port-too-big', annotations: { ...scrape, 'prometheus.io/port': '70000' } }),
      pod({ name: 'ftp', annotations: { ...scrape, 'prometheus.io/scheme': 'ftp' } }),
      pod({ name: 'relative-path', annotations: { ...scrape, 'prometheus.io/path': 'metrics' } }),
      pod({ name: 'nameless', labels: {} }),
      pod({ name: 'upper', labels: { app: 'Orders' } }),
    ];
    expect(podTargets(pods)).toEqual({
      targets: [],
      skipped: [
        { pod: 'shop/no-port', reason: 'has no prometheus.io/port annotation and its containers declare no TCP port' },
        { pod: 'shop/udp-only', reason: 'has no prometheus.io/port annotation and its containers declare no TCP port' },
        { pod: 'shop/named-port', reason: 'prometheus.io/port "metrics" is not a port number' },
        { pod: 'shop/port-zero', reason: 'prometheus.io/port "0" is not a port number' },
        { pod: 'shop/port-too-big', reason: 'prometheus.io/port "70000" is not a port number' },
        { pod: 'shop/ftp', reason: 'prometheus.io/scheme "ftp" is neither http nor https' },
        { pod: 'shop/relative-path', reason: 'prometheus.io/path "metrics" is not an absolute path' },
        { pod: 'shop/nameless', reason: 'has no app.kubernetes.io/name or app label and no owner to name its service' },
        { pod: 'shop/upper', reason: 'service "Orders" must match ^[a-z0-9][a-z0-9._-]*$ and be at most 63 characters' },
      ],
    });
  });

  it('names the service by app.kubernetes.io/name, else app, else the controller (a ReplicaSet standing for its Deployment)', () => {
    const pods = [
      pod({ podIP: '10.0.0.1', labels: { 'app.kubernetes.io/name': 'checkout', app: 'legacy' } }),
      pod({ podIP: '10.0.0.2', labels: { app: 'legacy' } }),
      pod({
        podIP: '10.0.0.3',
        labels: { 'pod-template-hash': '5d8f7c9b4' },
        owners: [{ kind: 'Node', name: 'node-1' }, { kind: 'ReplicaSet', name: 'payments-5d8f7c9b4', controller: true }],
      }),
      pod({ podIP: '10.0.0.4', labels: {}, owners: [{ kind: 'StatefulSet', name: 'ledger', controller: true }] }),
      pod({ podIP: '10.0.0.5', labels: {}, owners: [{ kind: 'Job', name: 'nightly-export' }] }),
    ];
    expect(podTargets(pods).targets.map((t) => `${t.service} ${t.instance}`)).toEqual([
      'checkout 10.0.0.1:8080',
      'legacy 10.0.0.2:8080',
      'payments 10.0.0.3:8080',
      'ledger 10.0.0.4:8080',
      'nightly-export 10.0.0.5:8080',
    ]);
  });

  it('keeps the first pod of a (service, instance) and skips the next, naming the first', () => {
    const pods = [pod({ name: 'a', namespace: 'one' }), pod({ name: 'b', namespace: 'two' })];
    const { targets, skipped } = podTargets(pods);
    expect(targets.map((t) => t.labels)).toEqual([{ namespace: 'one', pod: 'a' }]);
    expect(skipped).toEqual([{ pod: 'two/b', reason: 'orders/10.1.2.3:8080 is already the target of pod one/a' }]);
  });
});
