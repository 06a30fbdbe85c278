/**
 * One hostile change to a body that looks valid, chosen where the schema says a field
 * is: a value just out of the field's range, one of the wrong type, the field removed,
 * an unknown field beside it, NUL bytes, 10,000 characters or 5,000 levels of nesting.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { fieldPath } from '@vigil/types';
import { arbitraryOf, defOf, isPlainObject, lengthBounds, numberBounds, unwrap } from './arbitrary-of.js';
import { DeepNesting } from './json-text.js';

type Schema = z.core.$ZodType;
export type Path = (string | number)[];

/** A place in a body and the schema that governs it there. */
export interface Location {
  path: Path;
  schema: Schema;
}

export type MutationKind = 'out-of-range' | 'wrong-type' | 'missing' | 'unknown-field' | 'nul-byte' | 'long-string' | 'deep-nesting';

export interface Mutation {
  kind: MutationKind;
  path: Path;
  /** The value put there (for `unknown-field`, beside it under `key`). */
  value?: unknown;
  key?: string;
}

export const describeMutation = (m: Mutation): string =>
  `${m.kind} at ${fieldPath(m.path)}${m.key === undefined ? '' : ` (key ${JSON.stringify(m.key.length > 20 ? `${m.key.slice(0, 20)}…` : m.key)})`}`;

export function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), value);
}

/** Every place in `value` its schema describes, the root included. */
export function locationsOf(schema: Schema, value: unknown, path: Path = []): Location[] {
  const here: Location = { path, schema };
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'object':
      if (!isPlainObject(value)) return [here];
      return [here, ...Object.entries(def.shape!).flatMap(([key, field]) => (key in value ? locationsOf(field, value[key], [...path, key]) : []))];
    case 'array':
      if (!Array.isArray(value)) return [here];
      return [here, ...value.flatMap((item, i) => locationsOf(def.element!, item, [...path, i]))];
    case 'record':
      if (!isPlainObject(value)) return [here];
      return [here, ...Object.entries(value).flatMap(([key, item]) => locationsOf(def.valueType!, item, [...path, key]))];
    case 'tuple':
      if (!Array.isArray(value)) return [here];
      return [
        here,
        ...value.flatMap((item, i) => {
          const itemSchema = def.items![i] ?? def.rest;
          return itemSchema ? locationsOf(itemSchema, item, [...path, i]) : [];
        }),
      ];
    case 'union': {
      const option = unionOptionFor(def.options!, def.discriminator, value);
      return option ? [here, ...locationsOf(option, value, path).slice(1)] : [here];
    }
    default:
      return [here];
  }
}

/** The option of a union that describes `value`: the one that accepts it, else the one its discriminator names. */
function unionOptionFor(options: readonly Schema[], discriminator: string | undefined, value: unknown): Schema | undefined {
  const accepting = options.find((option) => (option as z.ZodType).safeParse(value).success);
  if (accepting) return accepting;
  if (!discriminator || !isPlainObject(value)) return undefined;
  return options.find((option) => {
    const tag = defOf(unwrap(option)).shape?.[discriminator];
    return tag !== undefined && (tag as z.ZodType).safeParse(value[discriminator]).success;
  });
}

const WRONG_TYPES: unknown[] = [null, true, false, 0, -1, 1.5, '', 'text', '0', [], [null], {}, { a: 1 }];

/** Fixed values just past what the schema at a location allows. */
function valuesPastBounds(schema: Schema): unknown[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'string': {
      const { min, max } = lengthBounds(inner);
      return [
        '',
        ' ',
        '\t',
        'not valid!',
        'x y',
        '-1',
        ...(Number.isFinite(max) && max < 20_000 ? ['a'.repeat(max + 1), `${' '.repeat(max)}a`] : []),
        ...(min > 1 ? ['a'.repeat(min - 1)] : []),
      ];
    }
    case 'number': {
      const { min, max, minExcluded, maxExcluded, isInt } = numberBounds(inner);
      return [
        ...(Number.isFinite(min) ? [min - 1, min - 0.001, ...(minExcluded ? [min] : [])] : []),
        ...(Number.isFinite(max) ? [max + 1, max + 0.001, ...(maxExcluded ? [max] : [])] : []),
        ...(isInt ? [0.5, 2 ** 53 + 2, -(2 ** 53) - 2] : []),
        1e308,
        -1e308,
        5e-324,
      ];
    }
    case 'enum':
    case 'literal': {
      const allowed = def.type === 'enum' ? Object.values(def.entries!) : def.values!;
      return allowed.flatMap((v) => (typeof v === 'string' ? [`${v}x`, v.toUpperCase(), ` ${v}`] : [v === null ? 0 : String(v)])).concat(['']);
    }
    case 'boolean':
      return ['true', 1, 0, 'false'];
    case 'record':
      return [{ 'bad key!': 'v' }, { '': 'v' }, { __reserved: 'v' }, Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, 'v']))];
    case 'object':
      return [{}];
    default:
      return [];
  }
}

/** Values the location's schema refuses near its bounds; arrays one item too long or short. */
export function outOfRange(schema: Schema): fc.Arbitrary<unknown> | undefined {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'array') {
    const { min, max } = lengthBounds(inner);
    const lengths = [...(Number.isFinite(max) && max < 1_000 ? [max + 1] : []), ...(min > 0 ? [min - 1] : [])];
    if (lengths.length === 0) return undefined;
    return fc.constantFrom(...lengths).chain((n) => fc.array(arbitraryOf(def.element!), { minLength: n, maxLength: n }));
  }
  const refused = valuesPastBounds(schema).filter((v) => !(schema as z.ZodType).safeParse(v).success);
  return refused.length > 0 ? fc.constantFrom(...refused) : undefined;
}

const UNKNOWN_KEYS = ['unknownField', '__proto__', 'constructor', 'toString', '', 'x'.repeat(300), 'a.b', '$where'];
const LONG_STRINGS = ['x'.repeat(10_000), '€'.repeat(10_000), ' '.repeat(10_000), '\u{1F600}'.repeat(10_000)];
const DEEP_VALUES = [new DeepNesting(5_000, 'object'), new DeepNesting(5_000, 'array')];

/** One hostile change at one place of `body`, a body of `schema`'s shape. */
export function mutationOf(schema: Schema, body: unknown): fc.Arbitrary<Mutation> {
  const locations = locationsOf(schema, body);
  const fields = locations.filter((l) => l.path.length > 0);
  const objects = locations.filter((l) => isPlainObject(valueAt(body, l.path)));
  const at = fc.constantFrom(...locations);
  const choices: fc.WeightedArbitrary<Mutation>[] = [
    {
      weight: 3,
      arbitrary: at.chain((l) => {
        const past = outOfRange(l.schema);
        return past
          ? past.map((value): Mutation => ({ kind: 'out-of-range', path: l.path, value }))
          : fc.constantFrom(...WRONG_TYPES).map((value): Mutation => ({ kind: 'wrong-type', path: l.path, value }));
      }),
    },
    { weight: 2, arbitrary: fc.record({ l: at, value: fc.constantFrom(...WRONG_TYPES) }).map(({ l, value }): Mutation => ({ kind: 'wrong-type', path: l.path, value })) },
    {
      weight: 2,
      arbitrary: fc.record({ l: at, cut: fc.nat(), bytes: fc.constantFrom('\u0000', 'a\u0000b', '\u0000'.repeat(3)) }).map(({ l, cut, bytes }): Mutation => {
        const current = valueAt(body, l.path);
        const value = typeof current === 'string' ? `${current.slice(0, cut % (current.length + 1))}${bytes}${current.slice(cut % (current.length + 1))}` : bytes;
        return { kind: 'nul-byte', path: l.path, value };
      }),
    },
    { weight: 1, arbitrary: fc.record({ l: at, value: fc.constantFrom(...LONG_STRINGS) }).map(({ l, value }): Mutation => ({ kind: 'long-string', path: l.path, value })) },
    { weight: 1, arbitrary: fc.record({ l: at, value: fc.constantFrom(...DEEP_VALUES) }).map(({ l, value }): Mutation => ({ kind: 'deep-nesting', path: l.path, value })) },
  ];
  if (fields.length > 0) choices.push({ weight: 2, arbitrary: fc.constantFrom(...fields).map((l): Mutation => ({ kind: 'missing', path: l.path })) });
  if (objects.length > 0) {
    choices.push({
      weight: 1,
      arbitrary: fc.record({ l: fc.constantFrom(...objects), key: fc.constantFrom(...UNKNOWN_KEYS), value: fc.oneof(fc.constantFrom(...WRONG_TYPES), fc.constantFrom(...LONG_STRINGS)) }).map(
        ({ l, key, value }): Mutation => ({ kind: 'unknown-field', path: l.path, key, value }),
      ),
    });
  }
  return fc.oneof(...choices);
}

const REMOVED = Symbol('removed');

/** `value` with `change` made at `path`; copies only the nodes on the way, never the rest. */
function changedAt(value: unknown, path: Path, change: (current: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy = value.slice();
    const next = changedAt(value[head as number], rest, change);
    if (next === REMOVED) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  if (isPlainObject(value)) {
    const copy = { ...value };
    const next = changedAt(value[head], rest, change);
    if (next === REMOVED) delete copy[head];
    else Object.defineProperty(copy, head, { value: next, enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return value;
}

export function applyMutation(body: unknown, mutation: Mutation): unknown {
  switch (mutation.kind) {
    case 'missing':
      return changedAt(body, mutation.path, () => REMOVED);
    case 'unknown-field':
      return changedAt(body, mutation.path, (current) => {
        const copy = { ...(current as Record<string, unknown>) };
        // defineProperty, so `__proto__` is a key like any other, as JSON.parse makes it.
        Object.defineProperty(copy, mutation.key!, { value: mutation.value, enumerable: true, writable: true, configurable: true });
        return copy;
      });
    default:
      return changedAt(body, mutation.path, () => mutation.value);
  }
}
