/**
 * Fuzzes every write route (POST, PUT, PATCH, DELETE) that Fastify serves, with input
 * generated from the route's own schema: bodies that look valid, the same bodies with
 * one hostile change (a field out of range, of the wrong type, removed, an unknown
 * field, NUL bytes, 10,000 characters, 5,000 levels of nesting), malformed and random
 * ids, malformed JSON, the wrong content type and a body over the size limit.
 *
 * The oracle is the schema: what the route's schemas accept may succeed or meet a
 * domain 4xx (400, 404, 409); what they refuse is a 400 (414 for a parameter too long
 * to route, 413 past the size limit, 415 for a content type without a parser), and
 * every 4xx explains itself. Nothing ever answers 5xx. Afterwards the lists hold
 * exactly what the successful requests wrote. Inputs that once went wrong are kept
 * as regressions at the end.
 *
 * The suite runs on a database of its own, so that check is exact. Heap snapshots are
 * never generated (each is a full copy of the heap); generated CPU and sampling
 * profiles last at most 50 ms, and every profile the suite starts is deleted before
 * its next request. Channels are sent to only on loopback ports that refuse at once.
 *
 * CI runs a fixed seed and 25 runs per route; the seed is in every failure. A longer
 * or different run:
 *   FUZZ_RUNS=500 FUZZ_SEED=42 npx jest --selectProjects api --testPathPatterns fuzz
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MASKED_SECRET, SETTING_DEFINITIONS, SETTING_KEYS, settingValueSchema, type AlertRuleInput, type Channel, type Setting } from '@vigil/types';
import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { arbitraryOf, isPlainObject, preferAccepted } from './support/arbitrary-of.js';
import { answerProblems, type Answer } from './support/error-answer.js';
import { applyMutation, describeMutation, locationsOf, mutationOf, outOfRange, type Mutation } from './support/hostile-mutations.js';
import { deeplyNestedJson, preview, toJsonText } from './support/json-text.js';
import { openOwnDatabase, type OwnDatabase } from './support/own-database.js';
import { routeContracts, type RouteContract } from './support/route-contracts.js';
import { expectedAnswer } from './support/schema-oracle.js';
import { routeName, servedWriteRoutes, type ServedRoute } from './support/served-routes.js';
import { StatusTally } from './support/status-tally.js';
import { RowLedger } from './support/row-ledger.js';
import { startTestApp } from './support/test-app.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const BODY_LIMIT = 65_536;
/** A run takes up to about a third of a second (a CPU profile starting); long runs need the time. */
const PROPERTY_TIMEOUT_MS = 30_000 + RUNS * 1_000;
const REPLAY = `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npx jest --selectProjects api --testPathPatterns fuzz`;

const LISTS = ['alert-rules', 'silences', 'channels', 'escalation-policies', 'config', 'profiler/sessions', 'targets'] as const;
const AGENT_TOKEN = randomBytes(24).toString('base64url');
type List = (typeof LISTS)[number];

/** How one route is fuzzed. Its schemas are not named here: they are read from the route. */
interface FuzzCase {
  /** The parameter's real value: made fresh where the route uses it up, else shared. */
  target?: () => Promise<string>;
  /** A body the route's schema accepts, written out: the base of the field-by-field sweep. */
  example?: () => unknown;
  /** A narrower schema to generate bodies from (the route's own schema still judges them). */
  generateFrom?: () => z.ZodType;
  /** Makes a generated body safe and likely to pass (loopback URLs, real ids, tiny durations); the schema still judges it. */
  adapt?: (body: unknown) => unknown;
  /** What a 2xx did to the lists; `id` is the parameter's real value, when one was sent. */
  wrote?: (answer: Answer, id: string | undefined) => void;
  /** Headers every request of the route carries (the agent token of heartbeats). */
  headers?: Record<string, string>;
  /** After every request: ends what the request or its target started. */
  cleanUp?: (answer: Answer, target: string | undefined) => Promise<void>;
}

/** One request, before it is sent. */
interface Attempt {
  /** The path segment sent for the route's parameter, percent-encoded as it goes on the wire. */
  segment?: string;
  /** The parameter's real value when the segment stands for it. */
  realId?: string;
  text?: string;
  contentType?: string;
  /** What the request is, for failure messages. */
  label: string;
}

interface Exchange extends Answer {
  attempt: Attempt;
}

const uniqueName = (() => {
  let serial = 0;
  const run = randomBytes(3).toString('hex');
  return (prefix: string) => `${prefix}-${run}-${(serial += 1)}`;
})();

const KIND_PARTS: Record<string, readonly string[]> = { threshold: ['query', 'comparator', 'threshold'], anomaly: ['query', 'anomaly'], health: ['health'] };
const ALL_KIND_PARTS = ['query', 'comparator', 'threshold', 'anomaly', 'health'];

const hostileSegment = fc.oneof(
  fc.constantFrom(
    'not-a-uuid',
    '%00',
    'a%00b',
    '%2e%2e',
    '%ZZ',
    '%',
    'x'.repeat(300),
    '00000000-0000-0000-0000-000000000000',
    '-1',
    'null',
    '%20',
    '%E2%82%AC',
    '%F0%9F%98%80',
    "'%3B%20DROP%20TABLE%20alerts%3B--",
  ),
  fc.uuid(),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map((text) => {
    try {
      return encodeURIComponent(text);
    } catch {
      return 'lone-surrogate';
    }
  }),
);

type ParamChoice = { kind: 'real' } | { kind: 'real-upper-case' } | { kind: 'hostile'; segment: string };

describe('write routes under generated and hostile input', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-fuzz-'));
  const tally = new StatusTally();
  const ledger = new RowLedger<List>(LISTS);
  let database: OwnDatabase;
  let app: NestFastifyApplication;
  let routes: ServedRoute[] = [];
  let contracts = new Map<ServedRoute, RouteContract>();
  const http = () => request(app.getHttpServer());

  /** Rows made in setup that the cases share. */
  const shared = { rule: '', policy: '', silence: '', channel: '', target: '' };
  /** One loopback channel of each type, for the test-send route. */
  const testChannels: string[] = [];
  const knownChannels = () => [shared.channel, ...testChannels];
  let nextTestChannel = 0;
  let nextSettingKey = 0;
  /** Firing alerts not yet acknowledged or resolved. */
  const firingAlerts: string[] = [];

  const routeOf = (name: string): ServedRoute => {
    const route = routes.find((r) => routeName(r) === name);
    if (!route) throw new Error(`${name} is not served`);
    return route;
  };
  const paramName = (route: ServedRoute) => /:([A-Za-z_]+)/.exec(route.path)?.[1];

  /** Sends one request; counts it (unless it is setup or clean-up) and books what a 2xx wrote. */
  async function send(name: string, attempt: Attempt, counted = true): Promise<Exchange> {
    const route = routeOf(name);
    const url = attempt.segment === undefined ? route.path : route.path.replace(/:[A-Za-z_]+/, attempt.segment);
    let call = http()[route.method.toLowerCase() as 'post'](url);
    for (const [header, value] of Object.entries(CASES[name]?.headers ?? {})) call = call.set(header, value);
    if (attempt.text !== undefined) call = call.set('content-type', attempt.contentType ?? 'application/json').send(attempt.text);
    const res = await call;
    if (counted) tally.record(name, res.status);
    const exchange: Exchange = { status: res.status, body: res.body as unknown, attempt };
    if (res.status >= 200 && res.status < 300) CASES[name]?.wrote?.(exchange, attempt.realId);
    return exchange;
  }

  /** A setup or clean-up request that must succeed; its answer's body. */
  async function must(name: string, attempt: Omit<Attempt, 'label'>): Promise<Record<string, unknown>> {
    const exchange = await send(name, { ...attempt, label: 'setup' }, false);
    if (exchange.status >= 300) throw new Error(`setup ${name} answered ${exchange.status}: ${JSON.stringify(exchange.body)}`);
    return exchange.body as Record<string, unknown>;
  }
  const created = async (name: string, body: unknown) => String((await must(name, { text: toJsonText(body) })).id);
  const idOf = (answer: Answer) => String((answer.body as { id?: unknown }).id);

  /** Posts a batch of alerts with fresh names; they arrive firing. */
  async function postAlerts(count: number): Promise<void> {
    const names = Array.from({ length: count }, () => uniqueName('FuzzTarget'));
    await must('POST /api/v2/alerts', { text: JSON.stringify(names.map((alertname) => ({ labels: { alertname, instance: 'fuzz-1' } }))) });
    const rows = (await app.get(DataSource).query('SELECT id FROM alerts WHERE name = ANY($1)', [names])) as { id: string }[];
    firingAlerts.push(...rows.map((r) => r.id));
  }
  async function freshAlert(): Promise<string> {
    if (firingAlerts.length === 0) await postAlerts(20);
    return firingAlerts.shift()!;
  }

  // Sampling heap profiles start in milliseconds; a CPU profile takes a third of a second.
  const freshSession = () => created('POST /api/v1/profiler/sessions', { type: 'heap-sampling', durationMs: 1_000, label: 'fuzz target' });
  /** Deletes a session if it is still there; a 404 means the request under test already did. */
  const endSession = async (id: string | undefined) => {
    if (id === undefined) return;
    const gone = await send('DELETE /api/v1/profiler/sessions/:id', { segment: id, realId: id, label: 'clean-up' }, false);
    if (gone.status !== 204 && gone.status !== 404) throw new Error(`clean-up of session ${id} answered ${gone.status}`);
  };

  const loopbackUrl = (path: string) => `http://127.0.0.1:9/${path}`;
  const validTarget = () => ({ service: 'fuzz-target', instance: uniqueName('instance'), url: loopbackUrl('metrics'), labels: { team: 'ops' }, scrapeInterval: '30s' });
  /** Where each type of channel sends; pagerduty's url is set too, or it would default to PagerDuty itself. */
  const ADDRESS_KEYS: Record<string, readonly string[]> = { webhook: ['url'], slack: ['webhookUrl'], email: [], pagerduty: ['url'], sms: ['url'] };
  /** Every address a channel could send to becomes a loopback port that refuses at once. */
  function onLoopback(body: unknown): unknown {
    if (!isPlainObject(body) || !isPlainObject(body.config)) return body;
    const config: Record<string, unknown> = { ...body.config };
    for (const key of ADDRESS_KEYS[String(body.type)] ?? ['url', 'webhookUrl']) if (config[key] !== MASKED_SECRET) config[key] = loopbackUrl(key);
    if ('host' in config) config.host = '127.0.0.1';
    if ('port' in config) config.port = 9;
    return { ...body, config };
  }

  /** Health targets, like channels, may only name the loopback port that refuses. */
  function targetsOnLoopback(body: unknown): unknown {
    if (!isPlainObject(body) || !Array.isArray(body.value)) return body;
    return { ...body, value: body.value.map((target: unknown) => (isPlainObject(target) && typeof target.url === 'string' ? { ...target, url: loopbackUrl('health') } : target)) };
  }

  /** The ids a body names become ids that exist; parts of other kinds of rule are dropped. */
  function realRule(body: unknown): unknown {
    if (!isPlainObject(body)) return body;
    const kind = typeof body.kind === 'string' ? body.kind : 'threshold';
    const rule = Object.fromEntries(Object.entries(body).filter(([key]) => !ALL_KIND_PARTS.includes(key) || (KIND_PARTS[kind] ?? []).includes(key)));
    if (Array.isArray(rule.channelIds)) rule.channelIds = knownChannels().slice(0, rule.channelIds.length);
    if (typeof rule.escalationPolicyId === 'string') rule.escalationPolicyId = shared.policy;
    return rule;
  }
  function realPolicy(body: unknown): unknown {
    if (!isPlainObject(body) || !Array.isArray(body.levels)) return body;
    const levels = [...body.levels].map((level: unknown) => (isPlainObject(level) && Array.isArray(level.channelIds) ? { ...level, channelIds: knownChannels().slice(0, Math.max(1, level.channelIds.length)) } : level));
    levels.sort((a, b) => (isPlainObject(a) && isPlainObject(b) && typeof a.afterMinutes === 'number' && typeof b.afterMinutes === 'number' ? a.afterMinutes - b.afterMinutes : 0));
    return { ...body, levels };
  }
  /** No heap snapshots; profiles of at most 50 ms. */
  function tinyProfile(body: unknown): unknown {
    if (!isPlainObject(body)) return body;
    const profile: Record<string, unknown> = { ...body, type: body.type === 'heap-snapshot' ? 'heap-sampling' : body.type };
    if (typeof profile.durationMs === 'number') profile.durationMs = 1 + (Math.abs(Math.trunc(profile.durationMs)) % 50);
    return profile;
  }
  /**
   * Three in four generated times move near the clock (kept in the window a service
   * allows, counted from `base`); the rest stay as generated, so the services' own time
   * rules still see times far off.
   */
  const nearClock = (ms: number, base: number, window: number) => (ms % 4 === 0 ? ms : base + (Math.abs(ms) % window));
  const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  function silenceNow(body: unknown): unknown {
    if (!isPlainObject(body)) return body;
    const silence: Record<string, unknown> = { ...body };
    const now = Date.now();
    const startsAt = typeof silence.startsAt === 'string' ? Date.parse(silence.startsAt) : Number.NaN;
    const start = Number.isNaN(startsAt) ? now : nearClock(startsAt, now - 3_600_000, 2 * 3_600_000);
    if (!Number.isNaN(startsAt)) silence.startsAt = new Date(start).toISOString();
    const endsAt = typeof silence.endsAt === 'string' ? Date.parse(silence.endsAt) : Number.NaN;
    if (!Number.isNaN(endsAt)) silence.endsAt = new Date(nearClock(endsAt, Math.max(start, now) + 60_000, 30 * 86_400_000)).toISOString();
    return silence;
  }
  /** Samples may be an hour old at most: move most timestamps into that window. */
  function samplesNow(body: unknown): unknown {
    if (!Array.isArray(body)) return body;
    return body.map((sample: unknown) => {
      if (!isPlainObject(sample) || sample.timestamp === undefined) return sample;
      const ms = typeof sample.timestamp === 'number' ? sample.timestamp : Date.parse(String(sample.timestamp));
      if (Number.isNaN(ms)) return sample;
      const moved = nearClock(ms, Date.now() - 3_000_000, 3_000_000);
      return { ...sample, timestamp: typeof sample.timestamp === 'number' ? moved : new Date(moved).toISOString() };
    });
  }
  /** Posted alerts need an alertname; give one to each that has labels. */
  function namedAlerts(body: unknown): unknown {
    if (!Array.isArray(body)) return body;
    return body.map((alert: unknown, i) => (isPlainObject(alert) && isPlainObject(alert.labels) ? { ...alert, labels: { ...alert.labels, alertname: `Fuzz${i}` } } : alert));
  }

  const validRule = (): AlertRuleInput => ({ name: uniqueName('rule'), severity: 'warning', query: { metric: 'fuzz_queue_depth', aggregation: 'avg', window: '1m' }, comparator: '>', threshold: 1 });
  const validPolicy = () => ({ name: uniqueName('policy'), levels: [{ afterMinutes: 5, channelIds: [shared.channel] }, { afterMinutes: 30, channelIds: knownChannels().slice(0, 2) }] });
  const validWebhook = () => ({ name: uniqueName('channel'), type: 'webhook', config: { url: loopbackUrl('hook'), headers: { 'X-Team': 'ops' } } });

  const CASES: Record<string, FuzzCase> = {
    'POST /api/v1/alert-rules': { example: validRule, adapt: realRule, wrote: (a) => ledger.created('alert-rules', idOf(a)) },
    'PUT /api/v1/alert-rules/:id': { target: async () => shared.rule, example: validRule, adapt: realRule },
    'DELETE /api/v1/alert-rules/:id': {
      target: () => created('POST /api/v1/alert-rules', validRule()),
      wrote: (_a, id) => ledger.deleted('alert-rules', id!),
    },
    'POST /api/v1/silences': {
      example: () => ({ matchers: [{ name: 'alertname', value: 'Fuzz.*', isRegex: true }], endsAt: new Date(Date.now() + 3_600_000).toISOString(), createdBy: 'ops', comment: 'maintenance' }),
      adapt: silenceNow,
      wrote: (a) => ledger.created('silences', idOf(a)),
    },
    // Expiring a silence keeps it listed.
    'DELETE /api/v1/silences/:id': { target: async () => shared.silence },
    // Alertmanager's view of the same store: a new silence, or an update of the one `id` names.
    'POST /api/v2/silences': {
      example: () => ({ matchers: [{ name: 'alertname', value: 'Fuzz.*', isRegex: true }], startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 3_600_000).toISOString(), createdBy: 'ops', comment: 'maintenance' }),
      // A generated `id` names no silence (a 404): point it at one that exists, so updates are reached too.
      adapt: (body) => {
        const silence = silenceNow(body);
        return isPlainObject(silence) && typeof silence.id === 'string' && UUID_TEXT.test(silence.id) ? { ...silence, id: shared.silence } : silence;
      },
      wrote: (a) => ledger.created('silences', String((a.body as { silenceID?: unknown }).silenceID)),
    },
    'DELETE /api/v2/silence/:silenceID': { target: async () => shared.silence },
    'POST /api/v1/channels': { example: validWebhook, adapt: onLoopback, wrote: (a) => ledger.created('channels', idOf(a)) },
    'PUT /api/v1/channels/:id': { target: async () => shared.channel, example: validWebhook, adapt: onLoopback },
    'DELETE /api/v1/channels/:id': { target: () => created('POST /api/v1/channels', validWebhook()), wrote: (_a, id) => ledger.deleted('channels', id!) },
    // Only the loopback channels made in setup are sent to: a fuzzed channel may name any host.
    'POST /api/v1/channels/:id/test': { target: async () => testChannels[(nextTestChannel += 1) % testChannels.length]! },
    'POST /api/v1/escalation-policies': { example: validPolicy, adapt: realPolicy, wrote: (a) => ledger.created('escalation-policies', idOf(a)) },
    'PUT /api/v1/escalation-policies/:id': { target: async () => shared.policy, example: validPolicy, adapt: realPolicy },
    'DELETE /api/v1/escalation-policies/:id': {
      target: () => created('POST /api/v1/escalation-policies', validPolicy()),
      wrote: (_a, id) => ledger.deleted('escalation-policies', id!),
    },
    'POST /api/v1/alerts/:id/acknowledge': { target: freshAlert, example: () => ({ note: 'looking', actor: 'ops' }) },
    'POST /api/v1/alerts/:id/resolve': { target: freshAlert, example: () => ({ note: 'fixed' }) },
    'POST /api/v2/alerts': {
      example: () => [{ labels: { alertname: 'FuzzPosted', instance: 'api-1' }, annotations: { summary: 's' }, generatorURL: 'http://127.0.0.1:9/graph' }],
      adapt: namedAlerts,
    },
    'POST /api/v1/metrics': { example: () => [{ name: 'fuzz_jobs_total', type: 'counter', value: 1, labels: { queue: 'mail' } }], adapt: samplesNow },
    'POST /api/v1/profiler/sessions': {
      example: () => ({ type: 'cpu', durationMs: 20, label: 'fuzz' }),
      adapt: tinyProfile,
      wrote: (a) => ledger.created('profiler/sessions', idOf(a)),
      cleanUp: async (a) => (a.status === 201 ? endSession(idOf(a)) : undefined),
    },
    'POST /api/v1/profiler/sessions/:id/stop': { target: freshSession, cleanUp: (_a, target) => endSession(target) },
    'DELETE /api/v1/profiler/sessions/:id': {
      target: freshSession,
      wrote: (_a, id) => ledger.deleted('profiler/sessions', id!),
      cleanUp: (_a, target) => endSession(target),
    },
    'PUT /api/v1/config/:key': {
      target: async () => SETTING_KEYS[(nextSettingKey += 1) % SETTING_KEYS.length]!,
      example: () => ({ value: 'vigil-fuzz' }),
      // Values of every setting's own type: each fits one of the keys the target rotates through.
      generateFrom: () => z.strictObject({ value: z.union(SETTING_KEYS.map((key) => settingValueSchema(SETTING_DEFINITIONS[key]))) }),
      adapt: targetsOnLoopback,
      wrote: (_a, key) => ledger.created('config', key!),
    },
    'PUT /api/v1/scaling/policies/:service': {
      target: async () => 'vigil',
      example: () => ({ minReplicas: 2, maxReplicas: 10, behavior: { scaleDown: { stabilizationWindowSeconds: 60 } } }),
    },
    'POST /api/v1/scaling/auto-scaling': { example: () => ({ service: 'vigil', enabled: true }) },
    'POST /api/v1/scaling/recommend': {
      example: () => ({
        currentReplicas: 3,
        maxReplicas: 10,
        metrics: [{ name: 'cpu', target: 0.5, instances: [{ name: 'a', value: 0.9 }, { name: 'b', value: 0.4, ready: false }] }],
        behavior: { scaleUp: { policies: [{ type: 'Pods', value: 2, periodSeconds: 60 }] } },
        history: { recommendations: [{ at: '2026-12-01T11:58:00Z', replicas: 4 }], events: [{ at: '2026-12-01T11:59:30Z', from: 2, to: 3 }] },
        now: '2026-12-01T12:00:00Z',
      }),
    },
    'POST /api/v1/scaling/simulate': {
      example: () => ({ service: 'vigil', from: new Date(Date.now() - 3_600_000).toISOString(), step: '5m', proposed: { maxReplicas: 8 } }),
    },
    // Scraping is off in this app (no scheduled jobs): a target may name any host.
    'POST /api/v1/targets': { example: validTarget, wrote: (a) => ledger.created('targets', idOf(a)) },
    'PUT /api/v1/targets/:id': { target: async () => shared.target, example: validTarget },
    'DELETE /api/v1/targets/:id': { target: () => created('POST /api/v1/targets', validTarget()), wrote: (_a, id) => ledger.deleted('targets', id!) },
    'POST /api/v1/targets/heartbeat': {
      headers: { authorization: `Bearer ${AGENT_TOKEN}` },
      example: () => ({
        service: 'fuzz-agent',
        instanceId: uniqueName('agent'),
        version: '1.0.0',
        baseUrl: 'http://127.0.0.1:9',
        metricsUrl: 'http://127.0.0.1:9/metrics',
        metricsTokenRequired: false,
        pid: 42,
        host: 'fuzz-host',
        startedAt: new Date().toISOString(),
        controlPrefix: '/vigil',
        intervalMs: 10_000,
      }),
      wrote: (a) => ledger.created('targets', String((a.body as { targetId?: unknown }).targetId)),
    },
    'DELETE /api/v1/config/:key': {
      target: async () => SETTING_KEYS[(nextSettingKey += 1) % SETTING_KEYS.length]!,
      wrote: (_a, key) => ledger.deleted('config', key!),
    },
  };

  /** Inputs that once went wrong, kept so they never do again; `verify` checks what the answer alone cannot show. */
  const REGRESSIONS: { route: string; why: string; attempt: () => Promise<Attempt>; verify?: (exchange: Exchange) => Promise<void> }[] = [
    // PostgreSQL refuses NUL in text and in jsonb: each of these was stored as given and answered 500.
    {
      // Found by the fuzzing (seed 20261203, 300 runs): the counterexample as it shrank.
      route: 'POST /api/v2/alerts',
      why: 'an annotation name with a NUL byte is a 400, not a 500',
      attempt: async () => ({ text: JSON.stringify([{ labels: { alertname: 'Fuzz0' }, annotations: { '': '', '\u0000': '' } }]), label: 'regression: NUL in an annotation name' }),
    },
    {
      route: 'POST /api/v2/alerts',
      why: 'a generatorURL with a NUL byte is a 400, not a 500',
      attempt: async () => ({ text: JSON.stringify([{ labels: { alertname: 'Fuzz0' }, generatorURL: 'http://127.0.0.1:9/graph\u0000' }]), label: 'regression: NUL in generatorURL' }),
    },
    {
      // The URL parser percent-encodes the NUL, so the URL check passed; the setting stored it as given.
      route: 'PUT /api/v1/config/:key',
      why: 'a health target URL with a NUL byte is a 400, not a 500',
      attempt: async () => ({
        segment: 'health.httpTargets',
        realId: 'health.httpTargets',
        text: JSON.stringify({ value: [{ name: 'fuzz', url: 'http://127.0.0.1:9/\u0000' }] }),
        label: 'regression: NUL in a health target URL',
      }),
    },
    {
      // The runner knows sessions by their stored (lower-case) id: the row went, the profile ran on holding its slot.
      route: 'DELETE /api/v1/profiler/sessions/:id',
      why: 'an id in upper case cancels the running profile and frees its slot',
      attempt: async () => {
        const id = await freshSession();
        return { segment: id.toUpperCase(), realId: id, label: 'regression: id in upper case' };
      },
      verify: async () => {
        const next = await freshSession();
        await endSession(next);
      },
    },
    {
      route: 'POST /api/v1/profiler/sessions/:id/stop',
      why: 'an id in upper case completes the running profile instead of marking it failed',
      attempt: async () => {
        const id = await freshSession();
        return { segment: id.toUpperCase(), realId: id, label: 'regression: id in upper case' };
      },
      verify: async (exchange) => {
        expect(exchange.body).toMatchObject({ status: 'completed', reason: null });
        await endSession(exchange.attempt.realId);
        const next = await freshSession();
        await endSession(next);
      },
    },
  ];

  /** Why an answer is wrong for its request, or nothing. */
  function judge(name: string, exchange: Exchange): string | undefined {
    const route = routeOf(name);
    const expectation = expectedAnswer(contracts.get(route)!, paramName(route), exchange.attempt, {
      bodyLimitBytes: BODY_LIMIT,
      maxParamLength: app.getHttpAdapter().getInstance().initialConfig.maxParamLength ?? 100,
      hasParser: (type) => app.getHttpAdapter().getInstance().hasContentTypeParser(type),
    });
    // The routes of Alertmanager's API v2 besides POST /api/v2/alerts answer in its error shape.
    const shape = /^(POST \/api\/v2\/silences|DELETE \/api\/v2\/silence\/)/.test(name) ? 'alertmanager' : 'vigil';
    const problems = answerProblems(exchange, shape);
    if (!expectation.allows(exchange.status)) problems.unshift(`answered ${exchange.status}, but ${expectation.why}`);
    if (problems.length === 0) return undefined;
    const { attempt } = exchange;
    return [
      `${name} (${attempt.label}): ${problems.join('; ')}`,
      `  segment: ${attempt.segment ?? '(none)'}  content-type: ${attempt.text === undefined ? '(none)' : (attempt.contentType ?? 'application/json')}`,
      `  body: ${preview(attempt.text)}`,
      `  answer: ${preview(JSON.stringify(exchange.body))}`,
    ].join('\n');
  }

  /** Sends, cleans up, and throws when the answer is wrong. */
  async function check(name: string, attempt: Attempt, target?: string): Promise<Exchange> {
    const exchange = await send(name, attempt);
    await CASES[name]!.cleanUp?.(exchange, target);
    const wrong = judge(name, exchange);
    if (wrong) throw new Error(wrong);
    return exchange;
  }

  async function assertProperty<T>(name: string, property: fc.IAsyncPropertyWithHooks<T>): Promise<void> {
    try {
      await fc.assert(property, { seed: SEED, numRuns: RUNS });
    } catch (error) {
      // fast-check's message carries the seed and the path of the failing run.
      (error as Error).message = `${name} failed; replay with ${REPLAY} -t '${name}'\n${(error as Error).message}`;
      throw error;
    }
  }

  /** Bodies for a route: generated from its schema, and the same with one hostile change. */
  function bodies(kase: FuzzCase, schema: z.ZodType): fc.Arbitrary<{ text: string | undefined; label: string }> {
    const adapt = kase.adapt ?? ((b: unknown) => b);
    const generated = arbitraryOf(kase.generateFrom?.() ?? schema).map(adapt);
    const likelyAccepted = preferAccepted(generated, schema);
    const mutated = likelyAccepted.chain((body) => mutationOf(schema, body).map((mutation: Mutation) => ({ body: applyMutation(body, mutation), mutation })));
    return fc.oneof(
      { weight: 1, arbitrary: generated.map((body) => ({ text: toJsonText(body), label: 'generated' })) },
      { weight: 2, arbitrary: likelyAccepted.map((body) => ({ text: toJsonText(body), label: 'generated, first accepted of 16' })) },
      { weight: 3, arbitrary: mutated.map(({ body, mutation }) => ({ text: toJsonText(body), label: describeMutation(mutation) })) },
    );
  }

  const paramChoice: fc.Arbitrary<ParamChoice> = fc.oneof(
    { weight: 6, arbitrary: fc.constant<ParamChoice>({ kind: 'real' }) },
    { weight: 1, arbitrary: fc.constant<ParamChoice>({ kind: 'real-upper-case' }) },
    { weight: 3, arbitrary: hostileSegment.map((segment): ParamChoice => ({ kind: 'hostile', segment })) },
  );

  /** The segment sent for a parameter, and the real value it stands for, if any. */
  function segmentFor(choice: ParamChoice, target: string): Pick<Attempt, 'segment' | 'realId'> {
    if (choice.kind === 'hostile') return { segment: choice.segment };
    return { segment: choice.kind === 'real' ? target : target.toUpperCase(), realId: target };
  }

  beforeAll(async () => {
    database = await openOwnDatabase();
    app = await startTestApp({
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      INSTANCE_ID: `fuzz-${randomBytes(3).toString('hex')}`,
      BODY_LIMIT_BYTES: String(BODY_LIMIT),
      ALERT_DELIVERY_TIMEOUT_MS: '500',
      PROFILER_MAX_DURATION_MS: '1000',
      AGENT_TOKEN,
    });
    routes = servedWriteRoutes(app);
    contracts = routeContracts(app, routes);

    shared.channel = await created('POST /api/v1/channels', validWebhook());
    for (const [type, config] of [
      ['webhook', { url: loopbackUrl('hook') }],
      ['slack', { webhookUrl: loopbackUrl('slack') }],
      ['email', { host: '127.0.0.1', port: 9, from: 'vigil@example.test', to: ['ops@example.test'] }],
      ['pagerduty', { routingKey: 'fuzz-routing-key', url: loopbackUrl('pagerduty') }],
      ['sms', { url: loopbackUrl('sms'), to: ['+4915112345678'] }],
    ] as const) {
      testChannels.push(await created('POST /api/v1/channels', { name: uniqueName(`test-${type}`), type, config }));
    }
    shared.rule = await created('POST /api/v1/alert-rules', validRule());
    shared.policy = await created('POST /api/v1/escalation-policies', validPolicy());
    shared.target = await created('POST /api/v1/targets', validTarget());
    shared.silence = await created('POST /api/v1/silences', CASES['POST /api/v1/silences']!.example!());
    await postAlerts(20);
  }, 60_000);

  afterAll(async () => {
    process.stdout.write(`\n${tally.render(`Write-route fuzzing (seed ${SEED}, ${RUNS} runs per route):`)}\n\n`);
    await app?.close();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has a fuzz case for every write route the app serves, and no case for a route it does not', () => {
    const served = routes.map(routeName);
    expect({ missing: served.filter((name) => !(name in CASES)), stale: Object.keys(CASES).filter((name) => !served.includes(name)) }).toEqual({ missing: [], stale: [] });
  });

  it('has a written-out example for every route with a body schema, which that schema accepts', () => {
    for (const route of routes) {
      const kase = CASES[routeName(route)];
      const schema = contracts.get(route)?.body;
      if (!kase || !schema) continue;
      expect({ route: routeName(route), hasExample: kase.example !== undefined }).toEqual({ route: routeName(route), hasExample: true });
      const parsed = schema.safeParse(kase.example!());
      expect({ route: routeName(route), issues: parsed.error?.issues ?? [] }).toEqual({ route: routeName(route), issues: [] });
    }
  });

  describe.each(Object.keys(CASES))('%s', (name) => {
    const kase = CASES[name]!;

    it('answers generated and mutated bodies and malformed ids as its schemas say, never 5xx', async () => {
      const route = routeOf(name);
      const schema = contracts.get(route)!.body;
      const hasParam = paramName(route) !== undefined;
      const input = fc.record({
        param: hasParam ? paramChoice : fc.constant<ParamChoice>({ kind: 'real' }),
        body: schema ? bodies(kase, schema) : fc.constant({ text: undefined, label: 'no body' }),
      });
      await assertProperty(
        name,
        fc.asyncProperty(input, async ({ param, body }) => {
          const target = hasParam ? await kase.target!() : undefined;
          const segment = target === undefined ? {} : segmentFor(param, target);
          const label = `${body.label}${param.kind === 'hostile' ? `, ${paramName(route)} ${param.segment}` : param.kind === 'real-upper-case' ? ', id in upper case' : ''}`;
          await check(name, { ...segment, text: body.text, label }, target);
        }),
      );
    }, PROPERTY_TIMEOUT_MS);

    it('answers each field of a valid body put out of range or removed as its schema says', async () => {
      const route = routeOf(name);
      const schema = contracts.get(route)!.body;
      if (!schema || !kase.example) return;
      const example = kase.example();
      for (const location of locationsOf(schema, example)) {
        const past = outOfRange(location.schema);
        const values = past ? [...new Map(fc.sample(past, { seed: SEED, numRuns: 3 }).map((v) => [toJsonText(v), v])).values()] : [];
        const mutations: Mutation[] = [
          ...values.map((value): Mutation => ({ kind: 'out-of-range', path: location.path, value })),
          ...(location.path.length > 0 ? [{ kind: 'missing' as const, path: location.path }] : []),
        ];
        for (const mutation of mutations) {
          const target = kase.target ? await kase.target() : undefined;
          await check(name, { segment: target, realId: target, text: toJsonText(applyMutation(example, mutation)), label: `sweep: ${describeMutation(mutation)}` }, target);
        }
      }
    });

    it('answers malformed JSON, other content types and a body past the limit as its schemas say', async () => {
      const example = kase.example ? toJsonText(kase.example()) : '{"a":1}';
      const raw: { text: string; contentType?: string; label: string }[] = [
        { text: example!.slice(0, -1), label: 'truncated JSON' },
        { text: '{"a":', label: 'unfinished JSON' },
        { text: '{"a":1,}', label: 'trailing comma' },
        { text: "{'a':1}", label: 'single quotes' },
        { text: '', label: 'empty JSON body' },
        { text: 'null', label: 'JSON null' },
        { text: example!, contentType: 'text/plain', label: 'the example as text/plain' },
        { text: '<a/>', contentType: 'application/xml', label: 'XML' },
        { text: 'a=1&b=%00', contentType: 'application/x-www-form-urlencoded', label: 'a form' },
        { text: deeplyNestedJson(5_000, 'object'), label: '5,000 nested objects' },
        { text: deeplyNestedJson(30_000, 'array'), label: '30,000 nested arrays' },
        { text: JSON.stringify({ pad: 'x'.repeat(BODY_LIMIT) }), label: 'a body over BODY_LIMIT_BYTES' },
      ];
      for (const attempt of raw) {
        const target = kase.target ? await kase.target() : undefined;
        await check(name, { segment: target, realId: target, ...attempt }, target);
      }
    });
  });

  describe('regressions', () => {
    for (const regression of REGRESSIONS) {
      it(`${regression.route}: ${regression.why}`, async () => {
        const exchange = await check(regression.route, await regression.attempt());
        await regression.verify?.(exchange);
      });
    }
  });

  // In a block of its own, so it runs after every route's block.
  describe('afterwards', () => {
    it('left the lists holding exactly what the successful requests wrote', async () => {
      const listed = async (list: List): Promise<string[]> => {
        if (list === 'config') return ((await http().get('/api/v1/config').expect(200)).body as Setting[]).filter((s) => !s.isDefault).map((s) => s.key).sort();
        if (list === 'profiler/sessions') {
          const ids: string[] = [];
          for (let offset = 0; ; offset += 100) {
            const page = (await http().get('/api/v1/profiler/sessions').query({ limit: 100, offset }).expect(200)).body as { items: { id: string }[]; total: number };
            ids.push(...page.items.map((s) => s.id));
            if (offset + 100 >= page.total) break;
          }
          return ids.sort();
        }
        return ((await http().get(`/api/v1/${list}`).expect(200)).body as Channel[]).map((row) => row.id).sort();
      };
      for (const list of ledger.lists()) {
        expect({ list, ids: await listed(list) }).toEqual({ list, ids: ledger.expected(list) });
      }
    });
  });
});
