import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubernetesScaleClient } from './kubernetes-scale.client.js';

describe('KubernetesScaleClient.connect', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-kubeconfig-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const kubeconfig = (name: string, server: string, context = name) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(
      path,
      JSON.stringify({
        apiVersion: 'v1',
        clusters: [{ name, cluster: { server } }],
        users: [{ name, user: { token: 't' } }],
        contexts: [{ name, context: { cluster: name, user: name } }],
        'current-context': context,
      }),
    );
    return path;
  };

  it('stops boot naming KUBECONFIG when a file cannot be read', async () => {
    await expect(KubernetesScaleClient.connect([join(dir, 'missing')], 1_000)).rejects.toThrow(/^KUBECONFIG: cannot load the Kubernetes configuration: ENOENT: no such file/);
  });

  it("merges the files in order, as kubectl does, and talks to the current context's server", async () => {
    const first = kubeconfig('a', 'https://a.cluster.test:6443');
    const second = kubeconfig('b', 'https://b.cluster.test:6443');
    expect((await KubernetesScaleClient.connect([first], 1_000)).server).toBe('https://a.cluster.test:6443');
    expect((await KubernetesScaleClient.connect([first, second], 1_000)).server).toBe('https://b.cluster.test:6443');
  });
});
