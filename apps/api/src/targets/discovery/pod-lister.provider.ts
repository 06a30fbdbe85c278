import { Logger, type FactoryProvider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { KubernetesPodsClient } from './kubernetes-pods.client.js';
import { POD_LISTER, type PodLister } from './pod-lister.js';

/** The pod lister with `KUBERNETES_DISCOVERY=on`, else null; a kubeconfig that cannot be loaded stops boot. */
export const podListerProvider: FactoryProvider<PodLister | null> = {
  provide: POD_LISTER,
  inject: [APP_CONFIG],
  useFactory: async ({ targets }: AppConfig): Promise<PodLister | null> => {
    const { isEnabled, kubeconfigPaths, namespaces, labelSelector, timeoutMs } = targets.kubernetes;
    if (!isEnabled) return null;
    const client = await KubernetesPodsClient.connect({ kubeconfigPaths, namespaces, labelSelector, timeoutMs });
    const scope = `${namespaces.length === 0 ? 'all namespaces' : `namespaces ${namespaces.join(', ')}`}${labelSelector ? ` matching ${labelSelector}` : ''}`;
    new Logger('KubernetesDiscovery').log(`Discovering pods of ${scope} at ${client.server}`);
    return client;
  },
};
