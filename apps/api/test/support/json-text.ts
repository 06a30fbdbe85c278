/**
 * A value nested `depth` levels deep (`{"a":{"a":…}}` or `[[…]]`), kept as a marker:
 * thousands of levels overflow the stack of JSON.stringify and structuredClone, so
 * toJsonText writes it out without recursion.
 */
export class DeepNesting {
  constructor(
    readonly depth: number,
    readonly kind: 'object' | 'array',
  ) {}

  toString(): string {
    return `${this.depth} levels of ${this.kind === 'object' ? 'objects' : 'arrays'}`;
  }
}

/** The JSON text of `depth` nested objects or arrays around a 1. */
export function deeplyNestedJson(depth: number, kind: 'object' | 'array'): string {
  return kind === 'object' ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/**
 * JSON.stringify's output for ordinary values (undefined members left out, undefined
 * items as null), with every DeepNesting written in full.
 */
export function toJsonText(value: unknown): string | undefined {
  if (value instanceof DeepNesting) return deeplyNestedJson(value.depth, value.kind);
  if (Array.isArray(value)) return `[${value.map((item) => toJsonText(item) ?? 'null').join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).flatMap(([key, item]) => {
      const text = toJsonText(item);
      return text === undefined ? [] : [`${JSON.stringify(key)}:${text}`];
    });
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A short form of a body for failure messages; never the whole 10,000 characters. */
export function preview(text: string | undefined, max = 300): string {
  if (text === undefined) return '(no body)';
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
