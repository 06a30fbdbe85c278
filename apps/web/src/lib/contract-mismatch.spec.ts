import { contractMismatch, mismatchSummary } from './contract-mismatch';

describe('mismatchSummary', () => {
  it('names the route and every path when there are few', () => {
    expect(mismatchSummary('GET /api/v1/health', [{ field: 'score.value', problem: 'must be a finite number' }])).toBe(
      'GET /api/v1/health score.value: must be a finite number',
    );
  });

  it('names the first three paths and counts the rest', () => {
    const problems = ['id', 'name', 'kind', 'for', 'severity'].map((field) => ({ field: `[0].${field}`, problem: 'is required' }));

    expect(mismatchSummary('GET /api/v1/alert-rules', problems)).toBe(
      'GET /api/v1/alert-rules [0].id: is required; [0].name: is required; [0].kind: is required (and 2 more)',
    );
  });
});

describe('contractMismatch', () => {
  it('keeps every path on the error, not only the ones in its message', () => {
    const problems = ['a', 'b', 'c', 'd'].map((field) => ({ field, problem: 'is required' }));

    const error = contractMismatch('GET /api/v1/config', 200, problems);

    expect(error).toMatchObject({ kind: 'contract', route: 'GET /api/v1/config', status: 200, mismatches: problems });
    expect(error.message).toContain('(and 1 more)');
  });
});
