import { MASKED_SECRET } from '@vigil/types';

/**
 * A secret in a form. The API never returns one: it shows MASKED_SECRET for a stored
 * secret and keeps it when MASKED_SECRET is sent back, so an untouched stored secret
 * goes back masked and only a typed value replaces it.
 */
export interface SecretDraft {
  isStored: boolean;
  typed: string;
}

export const NO_SECRET: SecretDraft = { isStored: false, typed: '' };

/** From an API answer: a masked (or any) string value means one is stored. */
export function secretDraftOf(value: unknown): SecretDraft {
  return { isStored: typeof value === 'string' && value !== '', typed: '' };
}

/** What to send: the typed value, MASKED_SECRET to keep the stored one, or nothing. */
export function secretValue(draft: SecretDraft): string | undefined {
  if (draft.typed !== '') return draft.typed;
  return draft.isStored ? MASKED_SECRET : undefined;
}
