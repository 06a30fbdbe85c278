import type { TargetSource } from '@vigil/types';

/** Sources whose targets the page may delete: the API's own, and agents' (their next heartbeat lists them again). */
const DELETABLE: readonly TargetSource[] = ['api', 'agent'];

export function canDeleteTarget(source: TargetSource): boolean {
  return DELETABLE.includes(source);
}

/** Why a target cannot be deleted here, and where it is changed instead; null when it can. */
export function readOnlyReason(source: TargetSource): string | null {
  switch (source) {
    case 'static':
      return 'Configured by SCRAPE_TARGETS on the server: change it there.';
    case 'kubernetes':
      return 'Discovered from Kubernetes: it follows the pods.';
    case 'api':
    case 'agent':
      return null;
  }
}

/** What deleting does, said before the person confirms. */
export function deleteConsequence(source: TargetSource): string {
  return source === 'agent'
    ? 'Scraping stops, but its agent registers it again with its next heartbeat; stop the service or remove serverUrl to keep it away.'
    : 'Scraping stops; the history already stored stays.';
}

export const SOURCE_LABELS: Record<TargetSource, string> = {
  static: 'static (SCRAPE_TARGETS)',
  api: 'api',
  agent: 'agent',
  kubernetes: 'kubernetes',
};
