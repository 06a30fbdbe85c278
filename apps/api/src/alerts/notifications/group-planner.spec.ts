import type { AlertRow } from '../lifecycle/alert-row.js';
import { groupKeyOf, planGroups, type GroupState } from './group-planner.js';

const alert = (id: string, labels: Record<string, string>, status: AlertRow['status'] = 'firing'): AlertRow =>
  ({ id, labels, status, fingerprint: id, name: labels.alertname ?? 'A' }) as AlertRow;
const timing = { by: ['alertname'], waitMs: 30_000, intervalMs: 300_000, repeatIntervalMs: 3_600_000 };
const at = (ms: number) => new Date(ms);
const state = (over: Partial<GroupState>): GroupState => ({
  channelId: 'c1', groupKey: groupKeyOf({ alertname: 'Cpu' }), groupLabels: { alertname: 'Cpu' }, sentAlertIds: [],
  nextFlushAt: at(0), lastFlushedAt: null, ...over,
});

describe('planGroups', () => {
  const cpu1 = alert('a1', { alertname: 'Cpu', instance: 'x' });
  const cpu2 = alert('a2', { alertname: 'Cpu', instance: 'y' });

  it('holds a new group for group_wait before its first notification', () => {
    const plan = planGroups([{ alert: cpu1, channelIds: ['c1'] }], new Map(), [], at(0), timing);
    expect(plan.flushes).toEqual([]);
    expect(plan.upserts).toEqual([expect.objectContaining({ nextFlushAt: at(30_000), sentAlertIds: [] })]);
  });

  it('sends alerts of one group together once group_wait is over', () => {
    const plan = planGroups([{ alert: cpu1, channelIds: ['c1'] }, { alert: cpu2, channelIds: ['c1'] }], new Map(), [state({ nextFlushAt: at(30_000) })], at(30_000), timing);
    expect(plan.flushes).toHaveLength(1);
    expect(plan.flushes[0]?.firing.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(plan.upserts[0]).toMatchObject({ sentAlertIds: ['a1', 'a2'], lastFlushedAt: at(30_000), nextFlushAt: at(330_000) });
  });

  it('stays quiet at group_interval when nothing changed, and repeats after repeat_interval', () => {
    const sent = state({ sentAlertIds: ['a1'], lastFlushedAt: at(0), nextFlushAt: at(300_000) });
    expect(planGroups([{ alert: cpu1, channelIds: ['c1'] }], new Map(), [sent], at(300_000), timing).flushes).toEqual([]);
    expect(planGroups([{ alert: cpu1, channelIds: ['c1'] }], new Map(), [sent], at(3_600_000), timing).flushes).toHaveLength(1);
  });

  it('waits for group_interval before telling of a newly joined alert', () => {
    const sent = state({ sentAlertIds: ['a1'], lastFlushedAt: at(0), nextFlushAt: at(300_000) });
    const both = [{ alert: cpu1, channelIds: ['c1'] }, { alert: cpu2, channelIds: ['c1'] }];
    expect(planGroups(both, new Map(), [sent], at(100_000), timing).flushes).toEqual([]);
    expect(planGroups(both, new Map(), [sent], at(300_000), timing).flushes[0]?.firing).toHaveLength(2);
  });

  it('announces a resolved alert once, to the channel that was told it fired, and drops the empty group', () => {
    const sent = state({ sentAlertIds: ['a1'], lastFlushedAt: at(0), nextFlushAt: at(300_000) });
    const resolved = alert('a1', { alertname: 'Cpu', instance: 'x' }, 'resolved');
    const plan = planGroups([], new Map([['a1', resolved]]), [sent], at(300_000), timing);
    expect(plan.flushes).toEqual([expect.objectContaining({ firing: [], resolved: [resolved] })]);
    expect(plan.deletes).toEqual([{ channelId: 'c1', groupKey: sent.groupKey }]);
  });
});
