import type { AlertRow } from '../lifecycle/alert-row.js';

/** What a channel was last told about one group (a `notification_groups` row). */
export interface GroupState {
  channelId: string;
  groupKey: string;
  groupLabels: Record<string, string>;
  sentAlertIds: string[];
  nextFlushAt: Date;
  lastFlushedAt: Date | null;
}

export interface GroupTiming {
  by: readonly string[];
  waitMs: number;
  intervalMs: number;
  repeatIntervalMs: number;
}

/** A firing alert that may be notified, and the channels it goes to. */
export interface Candidate {
  alert: AlertRow;
  channelIds: readonly string[];
}

export interface GroupFlush {
  channelId: string;
  groupKey: string;
  groupLabels: Record<string, string>;
  firing: AlertRow[];
  resolved: AlertRow[];
}

export interface GroupPlan {
  upserts: GroupState[];
  deletes: { channelId: string; groupKey: string }[];
  flushes: GroupFlush[];
}

/** Alertmanager's group key shape: `{alertname="CpuHigh",team="ops"}`. */
export function groupKeyOf(labels: Record<string, string>): string {
  const pairs = Object.keys(labels).sort().map((k) => `${k}=${JSON.stringify(labels[k])}`);
  return `{${pairs.join(',')}}`;
}

const pick = (labels: Record<string, string>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => labels[k] !== undefined).map((k) => [k, labels[k]!]));

/**
 * Alertmanager's grouping timers, per (channel, group): a new group waits `waitMs`
 * before its first notification, so alerts firing together go out together; after a
 * notification the group is looked at again every `intervalMs` and notifies only if
 * an alert joined or resolved, or `repeatIntervalMs` passed with alerts still firing.
 * A resolved alert is announced once, to the channels that were told it fired.
 */
export function planGroups(
  candidates: readonly Candidate[],
  resolvedById: ReadonlyMap<string, AlertRow>,
  groups: readonly GroupState[],
  now: Date,
  timing: GroupTiming,
): GroupPlan {
  const plan: GroupPlan = { upserts: [], deletes: [], flushes: [] };
  const at = now.getTime();
  const current = new Map<string, { channelId: string; groupKey: string; groupLabels: Record<string, string>; firing: AlertRow[] }>();
  for (const { alert, channelIds } of candidates) {
    const groupLabels = pick(alert.labels, timing.by);
    const groupKey = groupKeyOf(groupLabels);
    for (const channelId of channelIds) {
      const key = `${channelId} ${groupKey}`;
      let group = current.get(key);
      if (!group) current.set(key, (group = { channelId, groupKey, groupLabels, firing: [] }));
      group.firing.push(alert);
    }
  }
  const existing = new Map(groups.map((g) => [`${g.channelId} ${g.groupKey}`, g]));
  for (const key of new Set([...current.keys(), ...existing.keys()])) {
    const live = current.get(key);
    const firing = live?.firing ?? [];
    let state = existing.get(key);
    if (!state) {
      const { channelId, groupKey, groupLabels } = live!;
      state = { channelId, groupKey, groupLabels, sentAlertIds: [], nextFlushAt: new Date(at + timing.waitMs), lastFlushedAt: null };
      if (timing.waitMs > 0) {
        plan.upserts.push(state);
        continue;
      }
    }
    const resolved = state.sentAlertIds.flatMap((id) => resolvedById.get(id) ?? []);
    if (at < state.nextFlushAt.getTime()) continue;
    const sent = new Set(state.sentAlertIds);
    const hasNew = firing.some((a) => !sent.has(a.id));
    const isRepeatDue = firing.length > 0 && state.lastFlushedAt !== null && at - state.lastFlushedAt.getTime() >= timing.repeatIntervalMs;
    const firingIds = firing.map((a) => a.id);
    const isFlushing = hasNew || resolved.length > 0 || isRepeatDue;
    if (isFlushing) {
      plan.flushes.push({ channelId: state.channelId, groupKey: state.groupKey, groupLabels: state.groupLabels, firing, resolved });
    }
    if (firing.length === 0) {
      if (existing.has(key)) plan.deletes.push({ channelId: state.channelId, groupKey: state.groupKey });
      continue;
    }
    // Silenced or vanished alerts leave the sent set quietly; unchanged groups are not rewritten.
    const isSameSet = firingIds.length === sent.size && firingIds.every((id) => sent.has(id));
    if (isFlushing || !isSameSet || !existing.has(key)) {
      plan.upserts.push({
        channelId: state.channelId,
        groupKey: state.groupKey,
        groupLabels: state.groupLabels,
        sentAlertIds: firingIds,
        nextFlushAt: isFlushing ? new Date(at + timing.intervalMs) : state.nextFlushAt,
        lastFlushedAt: isFlushing ? now : state.lastFlushedAt,
      });
    }
  }
  return plan;
}
