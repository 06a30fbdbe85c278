import { ApiError, ApiUnreachableError } from '../../lib/api-client';
import { CONTRACT_MISMATCH_HINT, mismatchSummary } from '../../lib/contract-mismatch';

/**
 * What the page banner reports. `contract` is told apart from the other two because
 * the API is up and answering: the page and the API disagree on a shape, most likely a
 * version skew, and retrying will not change that.
 */
export type ApiProblemKind = 'unreachable' | 'contract' | 'failing';

export interface ApiProblem {
  kind: ApiProblemKind;
  detail: string;
}

/** When several queries fail, the banner names the one that explains the most. */
const WEIGHT: Record<ApiProblemKind, number> = { failing: 0, contract: 1, unreachable: 2 };

/** The banner's reading of one query's failure; a 4xx belongs to its panel, so null. */
export function apiProblemOf(error: unknown): ApiProblem | null {
  if (error instanceof ApiUnreachableError) return { kind: 'unreachable', detail: error.message };
  if (!(error instanceof ApiError)) return null;
  if (error.kind === 'contract') {
    return { kind: 'contract', detail: `${mismatchSummary(error.route, error.mismatches)}. ${CONTRACT_MISMATCH_HINT}` };
  }
  return error.status >= 500 ? { kind: 'failing', detail: `${error.status}: ${error.message}` } : null;
}

/** The problem to show of two; on a tie the newer one, so the detail stays current. */
export function graver(current: ApiProblem | null, next: ApiProblem | null): ApiProblem | null {
  if (!next) return current;
  if (!current) return next;
  return WEIGHT[next.kind] >= WEIGHT[current.kind] ? next : current;
}
