import type { ScalingWebhookBody } from '@vigil/types';
import { DeliveryFailed } from '../../alerts/channels/channel-sender.js';
import { httpPost } from '../../alerts/channels/http-post.js';
import { webhookSignature } from '../../alerts/channels/webhook.channel.js';
import type { ScalingExecutorConfig } from '../../config/app-config.js';
import { APPLIED, notApplied, ScaleFailed, type ScaleExecutor, type ScaleOutcome, type ScaleRequest } from './scale-executor.js';

type WebhookConfig = Extract<ScalingExecutorConfig, { kind: 'webhook' }>;

export function webhookBodyOf(request: ScaleRequest, isDryRun: boolean): ScalingWebhookBody {
  const { service, from, to, reason, decidingMetric, workload } = request;
  return { service, from, to, reason, decidingMetric, at: request.at.toISOString(), dryRun: isDryRun, workload };
}

/**
 * Posts each decision as JSON, signed as the alert webhook channel signs
 * (`x-vigil-signature: sha256=<hex HMAC>`), under the executor's timeout. A 2xx is
 * applied (or, in a dry run, accepted); anything else fails with the status.
 */
export class WebhookScaleExecutor implements ScaleExecutor {
  readonly kind = 'webhook' as const;

  constructor(private readonly config: WebhookConfig) {}

  async scale(request: ScaleRequest): Promise<ScaleOutcome> {
    const body = Buffer.from(JSON.stringify(webhookBodyOf(request, this.config.isDryRun)), 'utf8');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.config.secret !== undefined) headers['x-vigil-signature'] = webhookSignature(this.config.secret, body);
    try {
      await httpPost({ url: this.config.url, body, headers, timeoutMs: this.config.timeoutMs });
    } catch (error) {
      // The message names the status or the cause, never the URL (it may carry a token).
      if (error instanceof DeliveryFailed) throw new ScaleFailed(error.message);
      throw error;
    }
    return this.config.isDryRun ? notApplied(`dry run: the webhook accepted ${request.from} → ${request.to}`) : APPLIED;
  }
}
