import { ApiError, ApiUnreachableError } from '../../lib/api-client';
import { contractMismatch } from '../../lib/contract-mismatch';
import { apiProblemOf, graver } from './api-problem';

const unreachable = new ApiUnreachableError('http://127.0.0.1:1/api/v1/health', 'GET http://127.0.0.1:1/api/v1/health failed: fetch failed');
const mismatch = contractMismatch('GET /api/v1/health', 200, [{ field: 'score.value', problem: 'must be a finite number' }]);
const failing = new ApiError({ kind: 'http', route: 'GET /api/v1/health', status: 500, message: 'Internal server error' });
const rejected = new ApiError({ kind: 'http', route: 'GET /api/v1/alerts', status: 400, message: 'query.page must be a whole number from 1' });

describe('apiProblemOf', () => {
  it('reads no answer as unreachable', () => {
    expect(apiProblemOf(unreachable)).toEqual({ kind: 'unreachable', detail: unreachable.message });
  });

  it('reads an answer its schema rejects as a contract problem naming the route and the field', () => {
    expect(apiProblemOf(mismatch)).toEqual({
      kind: 'contract',
      detail: 'GET /api/v1/health score.value: must be a finite number. The API and the page may be different versions.',
    });
  });

  it('reads a 5xx as failing and leaves a 4xx to its panel', () => {
    expect(apiProblemOf(failing)).toEqual({ kind: 'failing', detail: '500: Internal server error' });
    expect(apiProblemOf(rejected)).toBeNull();
    expect(apiProblemOf(new Error('render bug'))).toBeNull();
  });
});

describe('graver', () => {
  it('prefers unreachable over a contract problem over a failing API, in either order', () => {
    const [u, c, f] = [apiProblemOf(unreachable), apiProblemOf(mismatch), apiProblemOf(failing)];

    expect(graver(c, f)).toBe(c);
    expect(graver(f, c)).toBe(c);
    expect(graver(u, c)).toBe(u);
    expect(graver(c, u)).toBe(u);
    expect(graver(null, f)).toBe(f);
    expect(graver(f, null)).toBe(f);
  });
});
