import { Inject, Injectable, Logger } from '@nestjs/common';
import { TargetsService, type SourceSync } from '../registry/targets.service.js';
import { POD_LISTER, type PodLister } from './pod-lister.js';
import { podTargets, type SkippedPod } from './pod-targets.js';

/** What one discovery did. */
export interface DiscoverySync extends SourceSync {
  /** Targets discovered (inserted, updated, unchanged or in conflict). */
  discovered: number;
  skipped: SkippedPod[];
}

/**
 * Makes the `kubernetes` targets exactly the pods discovered now: new ones added,
 * changed ones updated, gone ones deleted; a (service, instance) that is already a
 * target of another source is left as it is. A list that fails changes nothing: the
 * error is thrown (the job logs it) and the targets found last time stay.
 */
@Injectable()
export class KubernetesDiscovery {
  private readonly logger = new Logger(KubernetesDiscovery.name);
  /** Warnings of the last sync: each is logged when it first appears, not every interval. */
  private warned = new Set<string>();

  constructor(
    @Inject(POD_LISTER) private readonly pods: PodLister | null,
    private readonly targets: TargetsService,
  ) {}

  async sync(): Promise<DiscoverySync> {
    if (this.pods === null) throw new Error('Kubernetes discovery is off (KUBERNETES_DISCOVERY=off)');
    const pods = await this.pods.listPods().catch((error: unknown) => {
      throw new Error(`Kubernetes discovery kept the previous targets: ${(error as Error).message}`, { cause: error });
    });
    const { targets, skipped } = podTargets(pods);
    const sync = await this.targets.replaceSource('kubernetes', targets);
    this.warnOnce([
      ...skipped.map(({ pod, reason }) => `pod ${pod} is not scraped: ${reason}`),
      ...sync.conflicts.map(({ definition, source }) => `${definition.service}/${definition.instance} is already a ${source} target; left as it is`),
    ]);
    if (sync.added + sync.updated + sync.removed > 0) {
      this.logger.log(`Kubernetes pods: ${targets.length} targets (${sync.added} added, ${sync.updated} updated, ${sync.removed} removed)`);
    }
    return { ...sync, discovered: targets.length, skipped };
  }

  /** Deletes every `kubernetes` target: what discovery switched off leaves behind. */
  async forgetAll(): Promise<number> {
    const { removed } = await this.targets.replaceSource('kubernetes', []);
    if (removed > 0) this.logger.log(`Removed ${removed} kubernetes targets: KUBERNETES_DISCOVERY is off`);
    return removed;
  }

  private warnOnce(warnings: string[]): void {
    for (const warning of warnings) if (!this.warned.has(warning)) this.logger.warn(warning);
    this.warned = new Set(warnings);
  }
}
