import type { FieldProblem } from '@vigil/types';
import { ApiError } from './api-errors';

/** Enough to recognise the change between versions; a broken list can run to hundreds. */
const SHOWN_MISMATCHES = 3;

export const CONTRACT_MISMATCH_TITLE = 'The API answered in a shape this page does not understand';
export const CONTRACT_MISMATCH_HINT = 'The API and the page may be different versions.';

/** `GET /api/v1/alerts total: must be a finite number; items[0].id: must be a string (and 2 more)` */
export function mismatchSummary(route: string, mismatches: readonly FieldProblem[]): string {
  const shown = mismatches.slice(0, SHOWN_MISMATCHES).map(({ field, problem }) => `${field}: ${problem}`);
  const more = mismatches.length - shown.length;
  return `${route} ${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}

/** A 2xx whose body its schema rejects, worded for someone reading the page. */
export function contractMismatch(route: string, status: number, mismatches: FieldProblem[]): ApiError {
  return new ApiError({
    kind: 'contract',
    route,
    status,
    mismatches,
    message: `${CONTRACT_MISMATCH_TITLE}: ${mismatchSummary(route, mismatches)}. ${CONTRACT_MISMATCH_HINT}`,
  });
}
