// The strict exposition parser of apps/api/test/support, kept beside these tests so the package's
// suite stands on its own (no exposition parser package is in the tree).
/**
 * A strict parser for the Prometheus text format 0.0.4 (and OpenMetrics 1.0 with `{ openMetrics: true }`):
 * it throws on what a lenient scraper lets through, such as samples outside a declared family, bad
 * names or escapes, duplicate series, and histograms whose buckets do not add up.
 */
export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped' | 'unknown';
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: MetricType;
  samples: Sample[];
}

export class ExpositionError extends Error {
  constructor(lineNumber: number, problem: string) {
    super(`line ${lineNumber}: ${problem}`);
  }
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const FLOAT = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|Inf|NaN)$/;
const TYPES = new Set<MetricType>(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const OM_TYPES = new Set<MetricType>(['counter', 'gauge', 'histogram', 'summary', 'unknown']);

export function parseFloatStrict(text: string, where: string, line: number): number {
  if (!FLOAT.test(text)) throw new ExpositionError(line, `${where}: "${text}" is not a float`);
  if (text.endsWith('Inf')) return text.startsWith('-') ? -Infinity : Infinity;
  return text === 'NaN' ? NaN : Number(text);
}

/** Undoes `\\`, `\n` and (where `quotes`) `\"`; any other backslash sequence is an error. */
function unescape(text: string, quotes: boolean, line: number): string {
  return text.replace(/\\(.?)/g, (_all, next: string) => {
    if (next === '\\') return '\\';
    if (next === 'n') return '\n';
    if (next === '"' && quotes) return '"';
    throw new ExpositionError(line, `invalid escape "\\${next}"`);
  });
}

/** `{a="x",b="y"}` starting at `text[start]`; returns the labels and the index after `}`. */
function parseLabels(text: string, start: number, line: number): { labels: Record<string, string>; end: number } {
  const labels: Record<string, string> = {};
  let i = start + 1;
  for (;;) {
    if (text[i] === '}') return { labels, end: i + 1 };
    const eq = text.indexOf('=', i);
    if (eq < 0) throw new ExpositionError(line, 'label without "="');
    const name = text.slice(i, eq);
    if (!LABEL_NAME.test(name) || name.startsWith('__')) throw new ExpositionError(line, `bad label name "${name}"`);
    if (name in labels) throw new ExpositionError(line, `label "${name}" repeated`);
    if (text[eq + 1] !== '"') throw new ExpositionError(line, `label "${name}" value is not quoted`);
    let j = eq + 2;
    let raw = '';
    while (j < text.length && text[j] !== '"') {
      if (text[j] === '\\') raw += text[j++] ?? '';
      raw += text[j++] ?? '';
    }
    if (j >= text.length) throw new ExpositionError(line, `label "${name}" value is not terminated`);
    labels[name] = unescape(raw, true, line);
    i = j + 1;
    if (text[i] === ',') i++;
    else if (text[i] !== '}') throw new ExpositionError(line, `expected "," or "}" after label "${name}"`);
  }
}

function parseSample(text: string, line: number): Sample {
  const nameEnd = text.search(/[{ ]/);
  if (nameEnd <= 0) throw new ExpositionError(line, `cannot read a sample from "${text}"`);
  const name = text.slice(0, nameEnd);
  if (!METRIC_NAME.test(name)) throw new ExpositionError(line, `bad metric name "${name}"`);
  let rest = nameEnd;
  let labels: Record<string, string> = {};
  if (text[nameEnd] === '{') ({ labels, end: rest } = parseLabels(text, nameEnd, line));
  const tail = text.slice(rest);
  if (!/^[ \t]+\S/.test(tail)) throw new ExpositionError(line, 'expected blanks, then the value');
  const fields = tail.trim().split(/[ \t]+/);
  if (fields.length > 2) throw new ExpositionError(line, 'expected "value [timestamp]"');
  if (fields[1] !== undefined && !/^-?\d+(?:\.\d+)?$/.test(fields[1])) {
    throw new ExpositionError(line, `bad timestamp "${fields[1]}"`);
  }
  return { name, labels, value: parseFloatStrict(fields[0] ?? '', name, line) };
}

/** Sample names a family of `type` may hold. */
function sampleNames(family: MetricFamily, openMetrics: boolean): string[] {
  const n = family.name;
  const created = openMetrics ? [`${n}_created`] : [];
  if (family.type === 'histogram') return [`${n}_bucket`, `${n}_sum`, `${n}_count`, ...created];
  if (family.type === 'summary') return [n, `${n}_sum`, `${n}_count`, ...created];
  if (family.type === 'counter' && openMetrics) return [`${n}_total`, `${n}_created`];
  return [n];
}

const seriesKey = (labels: Record<string, string>, omit?: string) =>
  JSON.stringify(Object.entries(labels).filter(([k]) => k !== omit).sort(([a], [b]) => a.localeCompare(b)));

/** Buckets cumulative and non-decreasing, a +Inf bucket equal to _count, and a _sum, per label set. */
function checkHistogram(family: MetricFamily): void {
  const groups = new Map<string, { buckets: [number, number][]; count?: number; hasSum: boolean }>();
  const group = (labels: Record<string, string>) => {
    const key = seriesKey(labels, 'le');
    const g = groups.get(key) ?? { buckets: [], hasSum: false };
    groups.set(key, g);
    return g;
  };
  for (const s of family.samples) {
    if (s.name.endsWith('_bucket')) {
      if (s.labels.le === undefined) throw new Error(`${family.name}: bucket without "le"`);
      group(s.labels).buckets.push([parseFloatStrict(s.labels.le, `${family.name} le`, 0), s.value]);
    } else if (s.name.endsWith('_count')) group(s.labels).count = s.value;
    else if (s.name.endsWith('_sum')) group(s.labels).hasSum = true;
  }
  for (const [key, g] of groups) {
    const where = `${family.name}${key}`;
    for (let i = 1; i < g.buckets.length; i++) {
      const [prevLe, prevCount] = g.buckets[i - 1] ?? [0, 0];
      const [le, count] = g.buckets[i] ?? [0, 0];
      if (!(le > prevLe)) throw new Error(`${where}: bucket bounds not increasing (${prevLe} then ${le})`);
      if (count < prevCount) throw new Error(`${where}: bucket counts decrease at le=${le}`);
    }
    const last = g.buckets.at(-1);
    if (!last || last[0] !== Infinity) throw new Error(`${where}: no +Inf bucket`);
    if (g.count !== last[1]) throw new Error(`${where}: +Inf bucket ${last[1]} ≠ _count ${g.count}`);
    if (!g.hasSum) throw new Error(`${where}: no _sum`);
  }
}

export function parseExposition(text: string, options: { openMetrics?: boolean } = {}): Map<string, MetricFamily> {
  const openMetrics = options.openMetrics ?? false;
  if (!text.endsWith('\n')) throw new ExpositionError(0, 'the text does not end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (openMetrics && lines.pop() !== '# EOF') throw new ExpositionError(lines.length + 1, 'no final "# EOF"');
  const declared = new Map<string, { help?: string; type?: MetricType }>();
  const families = new Map<string, MetricFamily>();
  const series = new Set<string>();
  let current: string | undefined;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text === '' && !openMetrics) return;
    if (text === '') throw new ExpositionError(line, 'empty line');
    const meta = /^# (HELP|TYPE|UNIT|EOF)(?: ([^ ]*)(?: (.*))?)?$/.exec(text);
    // The text format has only HELP and TYPE; anything else after "#" is a comment there.
    if (meta && (openMetrics || meta[1] === 'HELP' || meta[1] === 'TYPE')) {
      const [, keyword, name = '', rest = ''] = meta;
      if (keyword === 'EOF') throw new ExpositionError(line, '"# EOF" before the end');
      if (!METRIC_NAME.test(name)) throw new ExpositionError(line, `bad metric name "${name}"`);
      if (families.has(name) && current !== name) {
        throw new ExpositionError(line, `${keyword} for ${name} after its family ended`);
      }
      const entry = declared.get(name) ?? {};
      declared.set(name, entry);
      current = name;
      if (keyword === 'HELP') {
        if (entry.help !== undefined) throw new ExpositionError(line, `second HELP for ${name}`);
        entry.help = unescape(rest, openMetrics, line);
      } else if (keyword === 'TYPE') {
        if (entry.type !== undefined) throw new ExpositionError(line, `second TYPE for ${name}`);
        const types = openMetrics ? OM_TYPES : TYPES;
        if (!types.has(rest as MetricType)) throw new ExpositionError(line, `unknown type "${rest}"`);
        entry.type = rest as MetricType;
      }
      return;
    }
    if (text.startsWith('#')) {
      if (openMetrics) throw new ExpositionError(line, 'comments are not allowed in OpenMetrics');
      return;
    }
    const sample = parseSample(text, line);
    const entry = current === undefined ? undefined : declared.get(current);
    if (current === undefined || entry?.help === undefined || entry.type === undefined) {
      throw new ExpositionError(line, `sample ${sample.name} without a HELP and TYPE declared before it`);
    }
    let family = families.get(current);
    if (!family) families.set(current, (family = { name: current, help: entry.help, type: entry.type, samples: [] }));
    if (!sampleNames(family, openMetrics).includes(sample.name)) {
      throw new ExpositionError(line, `sample ${sample.name} does not belong to ${family.type} ${family.name}`);
    }
    const key = `${sample.name}${seriesKey(sample.labels)}`;
    if (series.has(key)) throw new ExpositionError(line, `duplicate series ${key}`);
    series.add(key);
    family.samples.push(sample);
  });

  // Families declared with no samples (a labelled metric nobody has touched yet) are valid.
  for (const [name, entry] of declared) {
    if (entry.help === undefined || entry.type === undefined) throw new Error(`${name}: needs both HELP and TYPE`);
    if (!families.has(name)) families.set(name, { name, help: entry.help, type: entry.type, samples: [] });
  }
  for (const family of families.values()) if (family.type === 'histogram') checkHistogram(family);
  return families;
}
