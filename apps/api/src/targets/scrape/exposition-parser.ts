/**
 * A parser for the Prometheus text exposition format 0.0.4, as scraped from other services.
 *
 * What it accepts and refuses is pinned to `promtool check metrics` (Prometheus 2.42), which
 * reads the text with prometheus/common's `expfmt.TextParser`; exposition-parser.promtool.spec.ts
 * holds the two side by side. That parser, unlike the scrape loop's streaming `promparse`,
 * remembers families across lines, which is what makes a second TYPE, or a TYPE after the
 * family's samples, detectable at all. Its quirks are kept on purpose (a name directly followed
 * by a sign is a value, `a-1`; trailing blanks after a value are refused; TYPE is
 * case-insensitive), so that "promtool accepts it" and "we accept it" mean the same thing.
 *
 * The text is read once, left to right, a character at a time, without regular expressions:
 * a scrape body of a few thousand series for each of many targets is parsed every few seconds.
 */
export type ExpositionType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

export interface ExpositionSample {
  name: string;
  labels: Record<string, string>;
  value: number;
  timestampMs: number | null;
}

export interface ExpositionFamily {
  name: string;
  help: string;
  type: ExpositionType;
  samples: ExpositionSample[];
}

export class ExpositionError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'ExpositionError';
  }
}

// promtool's protobuf enum also knows GAUGE_HISTOGRAM and takes it in a TYPE line; the text
// format has no such samples, so such a family is kept apart (no _bucket/_sum/_count folding,
// as promtool does) and reported as untyped.
type DeclaredType = ExpositionType | 'gauge_histogram';

// Keys are upper case because promtool compares `strings.ToUpper(type)`: `COUNTER` is a
// counter, and so (Unicode case mapping) is `hıstogram` with a dotless i a histogram.
const TYPE_NAMES = new Map<string, DeclaredType>([
  ['COUNTER', 'counter'],
  ['GAUGE', 'gauge'],
  ['HISTOGRAM', 'histogram'],
  ['SUMMARY', 'summary'],
  ['UNTYPED', 'untyped'],
  ['GAUGE_HISTOGRAM', 'gauge_histogram'],
]);

interface FamilyState {
  name: string;
  help: string | undefined;
  type: DeclaredType | undefined;
  samples: ExpositionSample[];
}

type Families = Map<string, FamilyState>;

/** One line of the text, without its `\n`; `pos === end` stands for the line break. */
interface Cursor {
  text: string;
  pos: number;
  end: number;
  line: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const BRACE_OPEN = 0x7b;
const BRACE_CLOSE = 0x7d;
const EQUALS = 0x3d;
const COMMA = 0x2c;

const isBlank = (code: number) => code === SPACE || code === TAB;
const isLetterOrUnderscore = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isMetricNameStart = (code: number) => isLetterOrUnderscore(code) || code === 0x3a;
const isMetricNameChar = (code: number) => isMetricNameStart(code) || isDigit(code);
const isLabelNameChar = (code: number) => isLetterOrUnderscore(code) || isDigit(code);

const atEnd = (c: Cursor) => c.pos >= c.end;
const peek = (c: Cursor) => (c.pos < c.end ? c.text.charCodeAt(c.pos) : -1);
const fail = (c: Cursor, problem: string): never => {
  throw new ExpositionError(c.line, problem);
};

function skipBlanks(c: Cursor): void {
  while (c.pos < c.end && isBlank(c.text.charCodeAt(c.pos))) c.pos++;
}

/** Reads `[first][rest]*`; an empty string when the first character does not qualify. */
function readName(c: Cursor, first: (code: number) => boolean, rest: (code: number) => boolean): string {
  const start = c.pos;
  if (!first(peek(c))) return '';
  c.pos++;
  while (c.pos < c.end && rest(c.text.charCodeAt(c.pos))) c.pos++;
  return c.text.slice(start, c.pos);
}

function readUntilBlank(c: Cursor): string {
  const start = c.pos;
  while (c.pos < c.end && !isBlank(c.text.charCodeAt(c.pos))) c.pos++;
  return c.text.slice(start, c.pos);
}

/**
 * Decodes backslash escapes up to `stop` (a closing quote) or the line's end, copying the runs
 * between escapes whole rather than a character at a time.
 */
function readEscaped(c: Cursor, allowQuote: boolean, stop: number): string {
  let out = '';
  let run = c.pos;
  while (c.pos < c.end) {
    const code = c.text.charCodeAt(c.pos);
    if (code === stop) break;
    if (code !== BACKSLASH) {
      c.pos++;
      continue;
    }
    out += c.text.slice(run, c.pos) + unescapeAt(c, c.pos + 1, allowQuote);
    c.pos += 2;
    run = c.pos;
  }
  return out + c.text.slice(run, c.pos);
}

function unescapeAt(c: Cursor, at: number, allowQuote: boolean): string {
  const next = at < c.end ? c.text[at] : '\n';
  if (next === '\\') return '\\';
  if (next === 'n') return '\n';
  if (next === '"' && allowQuote) return '"';
  return fail(c, `invalid escape sequence ${JSON.stringify(`\\${next}`)}`);
}

const hasSuffix = (name: string, suffix: string) => name.length > suffix.length && name.endsWith(suffix);

function baseName(name: string, suffixes: readonly string[]): string | undefined {
  const suffix = suffixes.find((s) => hasSuffix(name, s));
  return suffix === undefined ? undefined : name.slice(0, -suffix.length);
}

const SUMMARY_SUFFIXES = ['_count', '_sum'] as const;
const HISTOGRAM_SUFFIXES = ['_count', '_sum', '_bucket'] as const;

function familyOfType(families: Families, name: string | undefined, type: DeclaredType): FamilyState | undefined {
  const family = name === undefined ? undefined : families.get(name);
  return family?.type === type ? family : undefined;
}

/**
 * The family a sample, HELP or TYPE name belongs to, created when new. An exact name wins, as in
 * promtool, so `x_count` joins summary or histogram `x` only when no family `x_count` exists yet.
 */
function resolveFamily(families: Families, name: string): FamilyState {
  const found =
    families.get(name) ??
    familyOfType(families, baseName(name, SUMMARY_SUFFIXES), 'summary') ??
    familyOfType(families, baseName(name, HISTOGRAM_SUFFIXES), 'histogram');
  if (found) return found;
  const family: FamilyState = { name, help: undefined, type: undefined, samples: [] };
  families.set(name, family);
  return family;
}

/**
 * Go's `strconv.ParseFloat` syntax less hex and `_` (promtool refuses `p`, `P` and `_`):
 * decimals, `inf`/`infinity` with an optional sign and `nan` without one, in any case.
 * Decimals too large for a float64 are refused, as Go reports them out of range.
 */
function parseGoFloat(text: string): number | undefined {
  const signed = text[0] === '+' || text[0] === '-';
  const special = (signed ? text.slice(1) : text).toLowerCase();
  if (special === 'inf' || special === 'infinity') return text[0] === '-' ? -Infinity : Infinity;
  if (special === 'nan') return signed ? undefined : NaN;
  if (!isDecimal(text, signed ? 1 : 0)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function isDecimal(text: string, from: number): boolean {
  let i = from;
  let digits = 0;
  while (isDigit(text.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (text[i] === '.') i++;
  while (isDigit(text.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (digits === 0) return false;
  if (text[i] === 'e' || text[i] === 'E') return isExponent(text, i + 1);
  return i === text.length;
}

function isExponent(text: string, from: number): boolean {
  let i = text[from] === '+' || text[from] === '-' ? from + 1 : from;
  const start = i;
  while (isDigit(text.charCodeAt(i))) i++;
  return i > start && i === text.length;
}

const INT64_MAX = '9223372036854775807';
const INT64_MIN_MAGNITUDE = '9223372036854775808';

/** Go's `strconv.ParseInt(text, 10, 64)`: an optional sign, digits, and within int64. */
function parseGoInt64(text: string): number | undefined {
  const negative = text[0] === '-';
  const digits = negative || text[0] === '+' ? text.slice(1) : text;
  if (digits === '') return undefined;
  for (let i = 0; i < digits.length; i++) if (!isDigit(digits.charCodeAt(i))) return undefined;
  const magnitude = digits.replace(/^0+(?=.)/, '');
  const limit = negative ? INT64_MIN_MAGNITUDE : INT64_MAX;
  if (magnitude.length > limit.length || (magnitude.length === limit.length && magnitude > limit)) return undefined;
  const value = Number(text);
  // Keeps `-0` from surfacing as a negative zero, which is no timestamp anyone meant.
  return value === 0 ? 0 : value;
}

function readLabels(c: Cursor, family: FamilyState): Record<string, string> {
  // Outside a null prototype a label called `__proto__` would vanish into the setter.
  const labels = Object.create(null) as Record<string, string>;
  // promtool folds `le` (histograms) and `quantile` (summaries) into bucket and quantile
  // fields instead of labels: they must be floats, and are exempt from the duplicate check.
  const special = family.type === 'histogram' ? 'le' : family.type === 'summary' ? 'quantile' : undefined;
  c.pos++;
  for (;;) {
    skipBlanks(c);
    if (peek(c) === BRACE_CLOSE) break;
    readLabel(c, family.name, labels, special);
    skipBlanks(c);
    const next = peek(c);
    if (next === BRACE_CLOSE) break;
    if (next !== COMMA) fail(c, 'expected "," or "}" after a label value');
    c.pos++;
  }
  c.pos++;
  skipBlanks(c);
  return labels;
}

function readLabel(c: Cursor, metric: string, labels: Record<string, string>, special: string | undefined): void {
  const name = readName(c, isLetterOrUnderscore, isLabelNameChar);
  if (name === '') fail(c, `invalid label name for metric "${metric}"`);
  if (name === '__name__') fail(c, 'label name "__name__" is reserved');
  skipBlanks(c);
  if (peek(c) !== EQUALS) fail(c, `expected "=" after label name "${name}"`);
  if (name !== special && name in labels) fail(c, `duplicate label name "${name}" for metric "${metric}"`);
  c.pos++;
  skipBlanks(c);
  if (peek(c) !== QUOTE) fail(c, `expected '"' to open the value of label "${name}"`);
  c.pos++;
  const value = readEscaped(c, true, QUOTE);
  if (atEnd(c)) fail(c, `the value of label "${name}" is not terminated on its line`);
  c.pos++;
  if (name === special && parseGoFloat(value) === undefined) {
    fail(c, `expected a float as the value of label "${name}", got ${JSON.stringify(value)}`);
  }
  labels[name] = value;
}

function readValue(c: Cursor): number {
  const token = readUntilBlank(c);
  const value = parseGoFloat(token);
  return value ?? fail(c, `expected a float as value, got ${JSON.stringify(token)}`);
}

function readTimestamp(c: Cursor): number {
  skipBlanks(c);
  const token = readUntilBlank(c);
  const timestamp = parseGoInt64(token) ?? fail(c, `expected an integer timestamp, got ${JSON.stringify(token)}`);
  // Even trailing blanks count: promtool refuses anything between the timestamp and the newline.
  if (!atEnd(c)) fail(c, `unexpected ${JSON.stringify(c.text.slice(c.pos, c.end))} after the timestamp`);
  return timestamp;
}

function readSample(c: Cursor, families: Families): void {
  const name = readName(c, isMetricNameStart, isMetricNameChar);
  if (name === '') fail(c, 'invalid metric name');
  const family = resolveFamily(families, name);
  family.type ??= 'untyped';
  skipBlanks(c);
  const labels = peek(c) === BRACE_OPEN ? readLabels(c, family) : (Object.create(null) as Record<string, string>);
  const value = readValue(c);
  const timestampMs = atEnd(c) ? null : readTimestamp(c);
  family.samples.push({ name, labels, value, timestampMs });
}

/** `# HELP name text` and `# TYPE name type`; any other `#` line is a comment. */
function readComment(c: Cursor, families: Families): void {
  c.pos++;
  skipBlanks(c);
  const keyword = readUntilBlank(c);
  if (atEnd(c) || (keyword !== 'HELP' && keyword !== 'TYPE')) return;
  skipBlanks(c);
  const name = readName(c, isMetricNameStart, isMetricNameChar);
  // A HELP or TYPE line that stops after its name is not an error in promtool, and declares nothing.
  if (atEnd(c)) return;
  if (!isBlank(peek(c))) fail(c, `invalid metric name in ${keyword} line`);
  const family = resolveFamily(families, name);
  skipBlanks(c);
  if (atEnd(c)) return;
  if (keyword === 'HELP') readHelp(c, family);
  else readType(c, family);
}

function readHelp(c: Cursor, family: FamilyState): void {
  if (family.help !== undefined) fail(c, `second HELP line for metric "${family.name}"`);
  family.help = readEscaped(c, false, -1);
}

function readType(c: Cursor, family: FamilyState): void {
  if (family.type !== undefined) {
    fail(c, `second TYPE line for metric "${family.name}", or TYPE after its samples`);
  }
  // The rest of the line as it stands, trailing blanks included: `counter ` is not a type.
  const text = c.text.slice(c.pos, c.end);
  family.type = TYPE_NAMES.get(text.toUpperCase()) ?? fail(c, `unknown metric type ${JSON.stringify(text)}`);
}

function readLine(c: Cursor, families: Families): void {
  skipBlanks(c);
  if (atEnd(c)) return;
  if (peek(c) === HASH) readComment(c, families);
  else readSample(c, families);
}

function isBlankRange(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

function toFamily(state: FamilyState): ExpositionFamily {
  const type = state.type === undefined || state.type === 'gauge_histogram' ? 'untyped' : state.type;
  return { name: state.name, help: state.help ?? '', type, samples: state.samples };
}

/**
 * Throws ExpositionError on the first line Prometheus' scraper would refuse.
 *
 * Families come in the order they were first named (by HELP, TYPE or a sample), each with its
 * samples in input order; families that only had HELP or TYPE lines are left out, as promtool
 * does. Label values are taken as given: promtool also refuses invalid UTF-8 in them, so decode
 * the body with `new TextDecoder('utf-8', { fatal: true })` to refuse the same bodies.
 */
export function parseExposition(text: string): ExpositionFamily[] {
  const families: Families = new Map();
  const c: Cursor = { text, pos: 0, end: 0, line: 0 };
  for (let start = 0; start < text.length; start = c.end + 1) {
    c.line++;
    const newline = text.indexOf('\n', start);
    if (newline < 0) {
      // promtool reads every non-blank line up to its newline, so a body cut off mid-line is
      // refused there however complete the line looks; blanks after the last newline are not.
      if (isBlankRange(text, start)) break;
      fail(c, 'unexpected end of input: the last line has no newline');
    }
    c.pos = start;
    c.end = newline;
    readLine(c, families);
  }
  const result: ExpositionFamily[] = [];
  for (const family of families.values()) if (family.samples.length > 0) result.push(toFamily(family));
  return result;
}
