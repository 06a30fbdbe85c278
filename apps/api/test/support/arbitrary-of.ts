/**
 * fast-check arbitraries read off zod 4 schemas: `arbitraryOf(schema)` builds values of
 * the schema's shape and static bounds (types, lengths, ranges, patterns, enums,
 * optional and nullable parts). Refinements (`refine`, `superRefine`) cannot be read, so
 * some values miss them: the schema itself, not this walker, decides what is valid.
 */
import fc from 'fast-check';
import { z } from 'zod';

type Schema = z.core.$ZodType;

/** The parts of a zod 4 definition this walker reads; which exist depends on `type`. */
export interface SchemaDef {
  type: string;
  checks?: readonly z.core.$ZodCheck[];
  shape?: Record<string, Schema>;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  options?: readonly Schema[];
  discriminator?: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  items?: readonly Schema[];
  rest?: Schema | null;
  left?: Schema;
  right?: Schema;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  getter?: () => Schema;
  format?: string;
  pattern?: RegExp;
}

interface CheckDef {
  check: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  length?: number;
  value?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  prefix?: string;
  suffix?: string;
  includes?: string;
}

export const defOf = (schema: Schema): SchemaDef => schema._zod.def as unknown as SchemaDef;
export const checksOf = (schema: Schema): CheckDef[] => (defOf(schema).checks ?? []).map((check) => check._zod.def as unknown as CheckDef);

/** Wrappers whose inner schema describes the value; a pipe is described by its input side. */
export function unwrap(schema: Schema): Schema {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return unwrap(def.innerType!);
    case 'pipe':
      return unwrap(pipeInput(def));
    case 'lazy':
      return unwrap(def.getter!());
    default:
      return schema;
  }
}

/** A preprocess (`transform` then schema) is described by its output; any other pipe by its input. */
const pipeInput = (def: SchemaDef): Schema => (defOf(def.in!).type === 'transform' ? def.out! : def.in!);

/** Length bounds of a string or array. */
export function lengthBounds(schema: Schema): { min: number; max: number } {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length') min = Math.max(min, Number(check.minimum));
    if (check.check === 'max_length') max = Math.min(max, Number(check.maximum));
    if (check.check === 'length_equals') [min, max] = [Number(check.length), Number(check.length)];
  }
  return { min, max };
}

/** Numeric bounds; `isInt` for z.int() and `.int()`. */
export function numberBounds(schema: Schema): { min: number; max: number; minExcluded: boolean; maxExcluded: boolean; isInt: boolean } {
  const def = defOf(schema);
  const bounds = { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY, minExcluded: false, maxExcluded: false, isInt: /int/.test(def.format ?? '') };
  for (const check of checksOf(schema)) {
    if (check.check === 'greater_than' && Number(check.value) >= bounds.min) [bounds.min, bounds.minExcluded] = [Number(check.value), check.inclusive === false];
    if (check.check === 'less_than' && Number(check.value) <= bounds.max) [bounds.max, bounds.maxExcluded] = [Number(check.value), check.inclusive === false];
    if (check.check === 'number_format' && /int/.test(check.format ?? '')) bounds.isInt = true;
  }
  return bounds;
}

/** `.meta({ format, pattern, example })` that field helpers attach for the OpenAPI document. */
function hintsOf(schema: Schema): fc.Arbitrary<unknown> | undefined {
  const meta = z.globalRegistry.get(schema as z.ZodType) as { format?: string; pattern?: string; example?: unknown } | undefined;
  if (!meta) return undefined;
  // The example is a value the schema's author knows to be good: the likeliest to pass.
  const hinted: fc.WeightedArbitrary<unknown>[] = [];
  if (meta.example !== undefined) hinted.push({ weight: 3, arbitrary: fc.constant(meta.example) });
  if (meta.format !== undefined && FORMATS[meta.format]) hinted.push({ weight: 2, arbitrary: FORMATS[meta.format]! });
  if (meta.pattern !== undefined) hinted.push({ weight: 1, arbitrary: fc.stringMatching(new RegExp(meta.pattern)) });
  return hinted.length > 0 ? fc.oneof(...hinted) : undefined;
}

const DAY_MS = 86_400_000;

/** RFC 3339 times: any from 1970 to 2100, and many near now, where services compare with the clock. */
const isoTime = fc.oneof(
  fc.date({ min: new Date(0), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer({ min: -DAY_MS, max: 100 * DAY_MS }).map((offset) => new Date(Date.now() + offset).toISOString()),
  fc.integer({ min: -3_600_000, max: 3_600_000 }).map((offset) => new Date(Date.now() + offset).toISOString()),
);

const FORMATS: Record<string, fc.Arbitrary<unknown>> = {
  uuid: fc.uuid(),
  guid: fc.uuid(),
  email: fc.emailAddress(),
  url: fc.webUrl(),
  'date-time': isoTime,
  datetime: isoTime,
};

/** Any text: printable ASCII, any grapheme, any code point (controls included). */
const anyText = (minLength: number, maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme-ascii', minLength, maxLength }),
    fc.string({ unit: 'grapheme', minLength, maxLength }),
    fc.string({ unit: 'binary', minLength, maxLength }),
  );

/** Strings are kept short; the mutations send the long ones. */
const TYPICAL_LENGTH = 24;

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  const def = defOf(schema);
  const { min, max } = lengthBounds(schema);
  const checks = checksOf(schema);
  const format = def.format ?? checks.find((c) => c.check === 'string_format' && c.format !== 'regex' && FORMATS[c.format ?? ''])?.format;
  const pattern = def.pattern ?? checks.find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern;
  const prefix = checks.find((c) => c.format === 'starts_with')?.prefix ?? '';
  const suffix = checks.find((c) => c.format === 'ends_with')?.suffix ?? '';
  const includes = checks.find((c) => c.format === 'includes')?.includes ?? '';
  const base =
    format && FORMATS[format] ? (FORMATS[format] as fc.Arbitrary<string>)
    : pattern ? fc.stringMatching(pattern)
    : anyText(Math.max(0, min - prefix.length - suffix.length - includes.length), Math.min(max, min + TYPICAL_LENGTH));
  const shaped = base.map((text) => `${prefix}${text}${includes}${suffix}`);
  // A pattern's match may be longer than allowed: cut it (anchored patterns keep matching
  // their prefix in the common cases), and let short ones through only above the minimum.
  return Number.isFinite(max) || min > 0 ? shaped.map((text) => (text.length > max ? text.slice(0, max) : text)).filter((text) => text.length >= min) : shaped;
}

function numberArbitrary(schema: Schema): fc.Arbitrary<number> {
  const { min, max, minExcluded, maxExcluded, isInt } = numberBounds(schema);
  if (isInt) {
    const lo = Math.max(Number.MIN_SAFE_INTEGER, minExcluded ? Math.floor(min) + 1 : Math.ceil(min));
    const hi = Math.min(Number.MAX_SAFE_INTEGER, maxExcluded ? Math.ceil(max) - 1 : Math.floor(max));
    if (lo > hi) return fc.constant(lo);
    const edges = fc.constantFrom(...new Set([lo, hi, Math.min(Math.max(0, lo), hi)]));
    const small = lo <= 100 && hi >= -100 ? fc.integer({ min: Math.max(lo, -100), max: Math.min(hi, 100) }) : edges;
    const anyInRange = fc.bigInt({ min: BigInt(lo), max: BigInt(hi) }).map(Number);
    return fc.oneof(small, edges, anyInRange);
  }
  const lo = Number.isFinite(min) ? min : -Number.MAX_VALUE;
  const hi = Number.isFinite(max) ? max : Number.MAX_VALUE;
  const edges = [lo, hi, 0, 1, -1, 0.5, Number.MIN_VALUE, 2 ** 53]
    .filter((n) => (minExcluded ? n > lo : n >= lo) && (maxExcluded ? n < hi : n <= hi));
  return fc.oneof(
    fc.double({ min: lo, max: hi, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true }),
    edges.length > 0 ? fc.constantFrom(...edges) : fc.double({ min: lo, max: hi, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true }),
  );
}

/** Optional parts are left out about one time in four. */
const OMITTED_ONE_IN = 4;
/** Lists and maps are kept short, past their minimum. */
const TYPICAL_ENTRIES = 4;
/** Deep enough for every contract; recursive schemas stop here. */
const MAX_DEPTH = 12;

/** Values that look valid to `schema`: its shape and static bounds, as JSON can carry them. */
export function arbitraryOf(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  const structural = structuralArbitrary(schema, depth);
  const hinted = hintsOf(schema);
  return hinted ? fc.oneof({ weight: 4, arbitrary: hinted }, { weight: 1, arbitrary: structural }) : structural;
}

function structuralArbitrary(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const next = (inner: Schema) => arbitraryOf(inner, depth + 1);
  switch (def.type) {
    case 'string':
      return stringArbitrary(schema);
    case 'number':
      return numberArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
    case 'never':
      return fc.constant(undefined);
    case 'unknown':
    case 'any':
    case 'custom':
      return fc.jsonValue({ maxDepth: 2 });
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'template_literal':
      return fc.string();
    case 'object': {
      const model = Object.fromEntries(Object.entries(def.shape!).map(([key, field]) => [key, next(field)]));
      return fc.record(model);
    }
    case 'array': {
      const { min, max } = lengthBounds(schema);
      return fc.array(next(def.element!), { minLength: min, maxLength: Math.min(max, min + TYPICAL_ENTRIES) });
    }
    case 'record':
      return fc.dictionary(next(def.keyType!) as fc.Arbitrary<string>, next(def.valueType!), { maxKeys: TYPICAL_ENTRIES });
    case 'tuple': {
      const items = fc.tuple(...def.items!.map(next));
      return def.rest ? fc.tuple(items, fc.array(next(def.rest), { maxLength: 2 })).map(([head, tail]) => [...head, ...tail]) : items;
    }
    case 'union':
      return fc.oneof(...def.options!.map(next));
    case 'intersection':
      return fc.tuple(next(def.left!), next(def.right!)).map(([a, b]) => (isPlainObject(a) && isPlainObject(b) ? { ...a, ...b } : b));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(next(def.innerType!), { nil: undefined, freq: OMITTED_ONE_IN });
    case 'nullable':
      return fc.option(next(def.innerType!), { nil: null, freq: OMITTED_ONE_IN });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return next(def.innerType!);
    case 'pipe':
      return next(pipeInput(def));
    case 'transform':
      // Only a pipe's input side is generated; a bare transform takes anything.
      return fc.jsonValue({ maxDepth: 2 });
    case 'lazy':
      return next(def.getter!());
    default:
      throw new Error(`arbitraryOf: no JSON value for a zod "${def.type}" schema`);
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Of `tries` values, the first the schema accepts (else the first): refinements the
 * walker cannot read rule most raw values out, and the accepted ones reach the services.
 */
export function preferAccepted(arbitrary: fc.Arbitrary<unknown>, schema: z.ZodType, tries = 16): fc.Arbitrary<unknown> {
  return fc.array(arbitrary, { minLength: tries, maxLength: tries }).map((values) => values.find((v) => schema.safeParse(v).success) ?? values[0]);
}
