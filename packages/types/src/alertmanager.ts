/**
 * Alertmanager's API v2 (prometheus/alertmanager api/v2/openapi.yaml) as Vigil serves
 * it under `/api/v2`, so amtool and Grafana's Alertmanager data source work against
 * Vigil: alerts, alert groups, silences, status and receivers, from Vigil's own data.
 */
import { z } from 'zod';
import { Rfc3339, text, Timestamp, Uuid } from './fields.js';
import { labelRegexProblem } from './label-regex.js';
import { SilenceMatcher } from './alerts.js';

/** One matcher as Alertmanager's API writes it. */
export interface AlertmanagerMatcher {
  name: string;
  value: string;
  isRegex: boolean;
  isEqual: boolean;
}

// Alertmanager's labels.ParseMatcher: name, operator, value (quoted or bare).
const MATCHER_TEXT = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(=~|=|!=|!~)\s*([\s\S]*?)\s*$/;
const OPERATORS: Record<string, Pick<AlertmanagerMatcher, 'isRegex' | 'isEqual'>> = {
  '=': { isRegex: false, isEqual: true },
  '!=': { isRegex: false, isEqual: false },
  '=~': { isRegex: true, isEqual: true },
  '!~': { isRegex: true, isEqual: false },
};

/**
 * Alertmanager's unescaping of a matcher value, quoted or bare: `\"`, `\\` and `\n`;
 * a double quote may only close a quoted value. Undefined when it is malformed.
 */
function unquote(raw: string): string | undefined {
  let rest = raw;
  let expectTrailingQuote = false;
  if (rest.startsWith('"')) {
    rest = rest.slice(1);
    expectTrailingQuote = true;
  }
  let out = '';
  let escaped = false;
  for (let i = 0; i < rest.length; i += 1) {
    const c = rest[i]!;
    if (escaped) {
      escaped = false;
      out += c === 'n' ? '\n' : c === '"' || c === '\\' ? c : `\\${c}`;
      continue;
    }
    if (c === '\\') {
      if (i < rest.length - 1) escaped = true;
      else out += c;
    } else if (c === '"') {
      if (!expectTrailingQuote || i < rest.length - 1) return undefined;
      expectTrailingQuote = false;
    } else {
      out += c;
    }
  }
  return expectTrailingQuote ? undefined : out;
}

/** Parses one matcher in Alertmanager's syntax (`alertname="Foo"`, `severity=~"crit.*"`), or says why not. */
export function parseAlertmanagerMatcher(text: string): { matcher: AlertmanagerMatcher } | { problem: string } {
  const parts = MATCHER_TEXT.exec(text);
  if (!parts) return { problem: `${JSON.stringify(text)} is not a label matcher such as alertname="Foo" (operators =, !=, =~, !~)` };
  const [, name = '', operator = '=', raw = ''] = parts;
  const value = unquote(raw);
  if (value === undefined) return { problem: `${JSON.stringify(text)} has a badly quoted value` };
  const kind = OPERATORS[operator]!;
  if (kind.isRegex) {
    const problem = labelRegexProblem(value);
    if (problem) return { problem: `${JSON.stringify(text)} is not an RE2 regular expression: ${problem}` };
  }
  return { matcher: { name, value, ...kind } };
}

/** Quotes a value as Alertmanager prints matchers. */
export function formatAlertmanagerMatcher(m: AlertmanagerMatcher): string {
  const operator = m.isRegex ? (m.isEqual ? '=~' : '!~') : m.isEqual ? '=' : '!=';
  return `${m.name}${operator}${JSON.stringify(m.value)}`;
}

const MAX_FILTERS = 20;

/** `filter`, repeatable: label matchers that must all hold. */
export const MatcherFilterParam = z
  .union([z.string().max(2_048, 'is longer than 2048 characters'), z.array(z.string().max(2_048, 'is longer than 2048 characters'))], {
    error: 'must be label matchers such as alertname="Foo"',
  })
  .transform((value, ctx): AlertmanagerMatcher[] => {
    const list = [value].flat();
    if (list.length > MAX_FILTERS) {
      ctx.issues.push({ code: 'custom', input: value, message: `holds ${list.length} matchers, above the limit of ${MAX_FILTERS}` });
      return [];
    }
    const matchers: AlertmanagerMatcher[] = [];
    for (const text of list) {
      const parsed = parseAlertmanagerMatcher(text);
      if ('problem' in parsed) ctx.issues.push({ code: 'custom', input: value, message: parsed.problem });
      else matchers.push(parsed.matcher);
    }
    return matchers;
  })
  .meta({ description: 'Label matchers in Alertmanager syntax, e.g. alertname="Foo" or severity=~"crit.*"; repeatable' });

/** A boolean query parameter, `true` or `false`, default true (Alertmanager's defaults). */
const FlagParam = z
  .union([z.boolean(), z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true')], { error: 'must be true or false' })
  .default(true);

/** Query of `GET /api/v2/alerts` and `GET /api/v2/alerts/groups`. Unknown parameters are ignored, as Alertmanager does. */
export const AlertmanagerAlertsQuery = z.object({
  active: FlagParam,
  silenced: FlagParam,
  inhibited: FlagParam,
  unprocessed: FlagParam,
  filter: MatcherFilterParam.default([]),
  /** A regex the receiver's name must match, anchored (RE2). */
  receiver: z
    .string()
    .max(1_024, 'is longer than 1024 characters')
    .superRefine((pattern, ctx) => {
      const problem = labelRegexProblem(pattern);
      if (problem) ctx.addIssue({ code: 'custom', message: `is not an RE2 regular expression: ${problem}` });
    })
    .optional(),
});
export type AlertmanagerAlertsQuery = z.output<typeof AlertmanagerAlertsQuery>;

/** Query of `GET /api/v2/silences`. */
export const AlertmanagerSilencesQuery = z.object({ filter: MatcherFilterParam.default([]) });
export type AlertmanagerSilencesQuery = z.output<typeof AlertmanagerSilencesQuery>;

/** `{ silenceID }` of `/api/v2/silence/{silenceID}`. */
export const SilenceIdParams = z.object({ silenceID: Uuid });
export type SilenceIdParams = z.output<typeof SilenceIdParams>;

/** Body of `POST /api/v2/silences`: with `id`, the silence is updated. Unknown fields are ignored, as Alertmanager does. */
export const PostableSilence = z.object({
  id: Uuid.optional(),
  matchers: z.array(SilenceMatcher).min(1, 'must be an array of 1 to 20 matchers').max(20, 'must be an array of 1 to 20 matchers'),
  startsAt: Rfc3339,
  endsAt: Rfc3339,
  createdBy: text(128),
  comment: text(1_024),
});
export type PostableSilence = z.output<typeof PostableSilence>;

export const AlertmanagerMatcherSchema = z.object({ name: z.string(), value: z.string(), isRegex: z.boolean(), isEqual: z.boolean() });

export const GettableSilence = z.object({
  id: z.string(),
  matchers: z.array(AlertmanagerMatcherSchema),
  startsAt: Timestamp,
  endsAt: Timestamp,
  updatedAt: Timestamp,
  createdBy: z.string(),
  comment: z.string(),
  status: z.object({ state: z.enum(['active', 'pending', 'expired']) }),
});
export type GettableSilence = z.infer<typeof GettableSilence>;
export const GettableSilences = z.array(GettableSilence);

export const PostSilenceAnswer = z.object({ silenceID: z.string() });
export type PostSilenceAnswer = z.infer<typeof PostSilenceAnswer>;

export const AlertmanagerReceiver = z.object({ name: z.string() });
export type AlertmanagerReceiver = z.infer<typeof AlertmanagerReceiver>;
export const AlertmanagerReceivers = z.array(AlertmanagerReceiver);

export const ALERTMANAGER_ALERT_STATES = ['unprocessed', 'active', 'suppressed'] as const;

export const GettableAlert = z.object({
  labels: z.record(z.string(), z.string()),
  annotations: z.record(z.string(), z.string()),
  startsAt: Timestamp,
  endsAt: Timestamp,
  updatedAt: Timestamp,
  generatorURL: z.string().optional(),
  fingerprint: z.string(),
  receivers: z.array(AlertmanagerReceiver),
  status: z.object({
    state: z.enum(ALERTMANAGER_ALERT_STATES),
    silencedBy: z.array(z.string()),
    inhibitedBy: z.array(z.string()),
  }),
});
export type GettableAlert = z.infer<typeof GettableAlert>;
export const GettableAlerts = z.array(GettableAlert);

export const AlertGroup = z.object({
  labels: z.record(z.string(), z.string()),
  receiver: AlertmanagerReceiver,
  alerts: z.array(GettableAlert),
});
export type AlertGroup = z.infer<typeof AlertGroup>;
export const AlertGroups = z.array(AlertGroup);

export const AlertmanagerStatus = z.object({
  cluster: z.object({ name: z.string(), status: z.enum(['ready', 'settling', 'disabled']), peers: z.array(z.object({ name: z.string(), address: z.string() })) }),
  versionInfo: z.object({
    version: z.string(),
    revision: z.string(),
    branch: z.string(),
    buildUser: z.string(),
    buildDate: z.string(),
    goVersion: z.string(),
  }),
  config: z.object({ original: z.string() }),
  uptime: Timestamp,
});
export type AlertmanagerStatus = z.infer<typeof AlertmanagerStatus>;
