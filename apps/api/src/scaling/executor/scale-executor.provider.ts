import { Logger, type FactoryProvider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { KubernetesScaleClient } from './kubernetes-scale.client.js';
import { KubernetesScaleExecutor } from './kubernetes-scale.executor.js';
import { SCALE_EXECUTOR, type ScaleExecutor } from './scale-executor.js';
import { WebhookScaleExecutor } from './webhook-scale.executor.js';

/** The executor `SCALING_EXECUTOR` names; a kubeconfig that cannot be loaded stops boot. */
export const scaleExecutorProvider: FactoryProvider<ScaleExecutor | null> = {
  provide: SCALE_EXECUTOR,
  inject: [APP_CONFIG],
  useFactory: async ({ scaling }: AppConfig): Promise<ScaleExecutor | null> => {
    const config = scaling.executor;
    if (config.kind === 'none') return null;
    const logger = new Logger('Scaling');
    const mode = config.isDryRun ? ' (dry run)' : '';
    if (config.kind === 'webhook') {
      // Not the URL: it may carry a token.
      logger.log(`Executor: webhook${mode}`);
      return new WebhookScaleExecutor(config);
    }
    const client = await KubernetesScaleClient.connect(config.kubeconfigPaths, config.timeoutMs);
    logger.log(`Executor: Kubernetes at ${client.server}${mode}`);
    return new KubernetesScaleExecutor(client, config.isDryRun);
  },
};
