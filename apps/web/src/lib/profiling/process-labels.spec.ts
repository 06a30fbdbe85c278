import { downTarget } from '../targets/scrape-target.fixture';
import { agentTarget, apiSession, remoteSession } from './profiling-session.fixture';
import { apiProcessLabel, profilableTargets, sessionProcessLabel, targetLabel } from './process-labels';

describe('process labels', () => {
  it("names a watched service's process `service · instance`, and the API's own by its instance", () => {
    const demo = agentTarget('t-1', 'demo', 'host-a:4242');
    expect(targetLabel(demo)).toBe('demo · host-a:4242');
    expect(sessionProcessLabel(remoteSession('s-1', demo))).toBe('demo · host-a:4242');
    expect(sessionProcessLabel(apiSession)).toBe('API vigil-1');
  });

  it('names the API in the form before its instance is known', () => {
    expect(apiProcessLabel('vigil-1')).toBe('this API (vigil-1)');
    expect(apiProcessLabel(undefined)).toBe('this API');
  });
});

describe('profilableTargets', () => {
  it('keeps the targets whose agent has a control URL, by service then instance', () => {
    const targets = [
      agentTarget('t-3', 'orders', 'b:1'),
      agentTarget('t-2', 'orders', 'a:1'),
      agentTarget('t-4', 'billing', 'off:1', null),
      downTarget,
      agentTarget('t-1', 'demo', 'z:1'),
    ];
    expect(profilableTargets(targets).map((target) => target.id)).toEqual(['t-1', 't-2', 't-3']);
  });
});
