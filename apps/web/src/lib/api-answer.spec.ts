import { AlertPage, type AlertSummary, type ErrorBody } from '@vigil/types';
import { errorBodyOf, readAnswer, readEmptyAnswer, type RawResponse } from './api-answer';
import { ApiError } from './api-errors';

const ROUTE = 'GET /api/v1/alerts';

function answer(status: number, body: unknown): RawResponse {
  return { route: ROUTE, status, ok: status >= 200 && status < 300, text: typeof body === 'string' ? body : JSON.stringify(body) };
}

function thrownBy(read: () => unknown): ApiError {
  try {
    read();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

const alert: AlertSummary = {
  id: 'a1',
  fingerprint: 'f1',
  ruleId: null,
  source: 'prometheus',
  name: 'DiskFull',
  status: 'firing',
  severity: 'critical',
  labels: { alertname: 'DiskFull' },
  annotations: {},
  value: null,
  silencedBy: [],
  activeAt: '2026-01-01T00:00:00.000Z',
  firedAt: '2026-01-01T00:00:00.000Z',
  acknowledgedAt: null,
  acknowledgedBy: null,
  resolvedAt: null,
  lastEvaluatedAt: '2026-01-01T00:00:00.000Z',
};
const page = { items: [alert], total: 1, page: 1, pageSize: 50 };

describe('readAnswer', () => {
  it('returns the body of a 2xx that matches its schema', () => {
    expect(readAnswer(answer(200, page), AlertPage)).toEqual(page);
  });

  it('returns what the schema parsed: a field the contract does not name is dropped', () => {
    const withExtra = { ...page, items: [{ ...alert, addedLater: true }] };

    expect(readAnswer(answer(200, withExtra), AlertPage).items[0]).toEqual(alert);
  });

  it('throws a contract mismatch naming the route and the path of a field of the wrong type', () => {
    const wrong = { ...page, items: [{ ...alert, value: '12.5' }] };

    const error = thrownBy(() => readAnswer(answer(200, wrong), AlertPage));

    expect(error).toMatchObject({ kind: 'contract', route: ROUTE, status: 200, body: null });
    expect(error.mismatches).toEqual([{ field: 'items[0].value', problem: 'must be a finite number' }]);
    expect(error.message).toBe(
      'The API answered in a shape this page does not understand: GET /api/v1/alerts items[0].value: must be a finite number. ' +
        'The API and the page may be different versions.',
    );
    // Problems with the answer are not problems with what a form sent.
    expect(error.fieldProblems).toEqual([]);
  });

  it('calls a 2xx body that is not JSON a contract mismatch', () => {
    const error = thrownBy(() => readAnswer(answer(200, '<html>'), AlertPage));

    expect(error.kind).toBe('contract');
    expect(error.mismatches).toEqual([{ field: 'body', problem: expect.stringMatching(/^is not JSON \(/) }]);
  });

  it('calls an empty 2xx where a body is due a contract mismatch', () => {
    const error = thrownBy(() => readAnswer(answer(200, ''), AlertPage));

    expect(error.mismatches).toEqual([{ field: 'body', problem: 'is required' }]);
  });

  it('throws an HTTP error carrying the ErrorBody of a 4xx, whatever the success schema', () => {
    const body: ErrorBody = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'query.pageSize must be a whole number from 1 to 200',
      details: { fields: [{ field: 'query.pageSize', problem: 'must be a whole number from 1 to 200' }] },
    };

    const error = thrownBy(() => readAnswer(answer(400, body), AlertPage));

    expect(error).toMatchObject({ kind: 'http', route: ROUTE, status: 400, body, mismatches: [], message: body.message });
    expect(error.fieldProblems).toEqual(body.details?.fields);
  });

  it('throws an HTTP error without a body when a 5xx carries no ErrorBody', () => {
    const error = thrownBy(() => readAnswer(answer(502, '<html>Bad Gateway</html>'), AlertPage));

    expect(error).toMatchObject({ kind: 'http', status: 502, body: null, message: 'The API answered 502 to GET /api/v1/alerts' });
  });
});

describe('readEmptyAnswer', () => {
  it('accepts a 204 without a body', () => {
    expect(() => readEmptyAnswer({ route: 'DELETE /api/v1/channels/c1', status: 204, ok: true, text: '' })).not.toThrow();
  });

  it('calls a body where none is due a contract mismatch', () => {
    const error = thrownBy(() => readEmptyAnswer({ route: 'DELETE /api/v1/channels/c1', status: 200, ok: true, text: '{}' }));

    expect(error).toMatchObject({ kind: 'contract', mismatches: [{ field: 'body', problem: 'must be empty' }] });
  });
});

describe('errorBodyOf', () => {
  it('is null for JSON that is not an ErrorBody', () => {
    expect(errorBodyOf(answer(503, { status: 'down' }))).toBeNull();
  });
});
