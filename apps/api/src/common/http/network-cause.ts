/**
 * What went wrong with a request that got no answer: undici's `fetch failed` hides the
 * reason in `cause` (ECONNREFUSED, ENOTFOUND, ECONNRESET, …), so its code, else the
 * cause's message, else the error's own message. Never the URL, which may be a secret.
 */
export function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}
