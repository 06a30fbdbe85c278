import { ProfilingSessionQuery } from '@vigil/types';
import { agentTarget, apiSession, remoteSession } from './profiling-session.fixture';
import { ALL_PROCESSES, API_PROCESS, effectiveProcess, processFilterOptions, SEARCHED_SESSIONS, SESSION_PAGE, sessionListPlan } from './session-filter';

const demoA = agentTarget('t-a', 'demo', 'a:1');
const demoB = agentTarget('t-b', 'demo', 'b:1');
const orders = agentTarget('t-o', 'orders', 'o:1');
const sessions = [apiSession, remoteSession('s-a', demoA), remoteSession('s-b', demoB), remoteSession('s-o', orders)];
const kept = (process: string, service: string) => sessions.filter(sessionListPlan(process, service).keep).map((session) => session.id);

describe('sessionListPlan', () => {
  it('asks for the newest page and keeps everything without a filter', () => {
    const plan = sessionListPlan(ALL_PROCESSES, '');
    expect([plan.query, plan.searched]).toEqual([{ limit: SESSION_PAGE }, null]);
    expect(kept(ALL_PROCESSES, '')).toHaveLength(4);
  });

  it('lets the API filter by one target', () => {
    const plan = sessionListPlan('t-a', '');
    expect([plan.query, plan.searched]).toEqual([{ limit: SESSION_PAGE, target: 't-a' }, null]);
  });

  it("filters a service's sessions, of every instance, and the API's own here, over the newest the API lists", () => {
    expect(kept(ALL_PROCESSES, 'demo')).toEqual(['s-a', 's-b']);
    expect(kept(API_PROCESS, '')).toEqual([apiSession.id]);
    const plan = sessionListPlan(API_PROCESS, '');
    expect([plan.query, plan.searched]).toEqual([{ limit: SEARCHED_SESSIONS }, SEARCHED_SESSIONS]);
    // The most the API's query accepts.
    expect(ProfilingSessionQuery.safeParse({ limit: String(SEARCHED_SESSIONS) }).success).toBe(true);
  });

  it('combines a target with the picked service', () => {
    expect(sessionListPlan('t-o', 'demo').query).toEqual({ limit: SEARCHED_SESSIONS, target: 't-o' });
    expect(kept('t-o', 'demo')).toEqual(['s-a', 's-b']);
  });
});

describe('processFilterOptions and effectiveProcess', () => {
  const offline = agentTarget('t-old', 'demo', 'old:1');

  it("offers the API's own process, then every profilable or profiled target once, by label", () => {
    const options = processFilterOptions([orders, demoA], [...sessions, remoteSession('s-old', offline)], '');
    expect(options.map((option) => option.label)).toEqual(["the API's own process", 'demo · a:1', 'demo · b:1', 'demo · old:1', 'orders · o:1']);
    expect(options[1]?.value).toBe('t-a');
  });

  it("offers only the picked service's targets", () => {
    expect(processFilterOptions([orders, demoA], sessions, 'orders')).toEqual([{ value: 't-o', label: 'orders · o:1' }]);
  });

  it('falls back to every process when the chosen one is no longer offered', () => {
    const options = processFilterOptions([orders], sessions, 'orders');
    expect(effectiveProcess('t-o', options)).toBe('t-o');
    expect(effectiveProcess(API_PROCESS, options)).toBe(ALL_PROCESSES);
    expect(effectiveProcess(ALL_PROCESSES, options)).toBe(ALL_PROCESSES);
  });
});
