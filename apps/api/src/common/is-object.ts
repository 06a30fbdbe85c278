/** A JSON object: not null, not an array. The first check of every hand-written body validator. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
