import { ProfilingSessionRequest } from '@vigil/types';
import { agentTarget } from './profiling-session.fixture';
import { resolveProcess, targetOfRequest, THIS_API } from './process-choice';

const profilable = [agentTarget('t-demo', 'demo', 'a:1'), agentTarget('t-orders', 'orders', 'b:1')];

describe('resolveProcess', () => {
  it("defaults to this API, or to the picked service's first instance", () => {
    expect(resolveProcess(null, profilable, '')).toBe(THIS_API);
    expect(resolveProcess(null, profilable, 'orders')).toBe('t-orders');
    expect(resolveProcess(null, profilable, 'billing')).toBe(THIS_API);
  });

  it('keeps what the person chose, this API included', () => {
    expect(resolveProcess('t-demo', profilable, 'orders')).toBe('t-demo');
    expect(resolveProcess(THIS_API, profilable, 'orders')).toBe(THIS_API);
  });

  it('falls back when the chosen instance went away', () => {
    expect(resolveProcess('t-gone', profilable, '')).toBe(THIS_API);
    expect(resolveProcess('t-gone', profilable, 'demo')).toBe('t-demo');
  });
});

describe('targetOfRequest', () => {
  it('sends a target only for a watched process, in a body the contract accepts', () => {
    expect(targetOfRequest(THIS_API)).toEqual({});
    expect(targetOfRequest('t-demo')).toEqual({ target: 't-demo' });
    expect(ProfilingSessionRequest.safeParse({ type: 'cpu', ...targetOfRequest('t-demo') }).success).toBe(true);
  });
});
