import { dbErrorType, dbOperationName, dbSystemName } from './db-operation.js';

describe('dbSystemName', () => {
  it('names the drivers OpenTelemetry knows and falls back to other_sql', () => {
    expect(dbSystemName('postgres')).toBe('postgresql');
    expect(dbSystemName('better-sqlite3')).toBe('sqlite');
    expect(dbSystemName('mongodb-like')).toBe('other_sql');
  });
});

describe('dbOperationName', () => {
  it('reads the leading keyword of a plain statement, in upper case', () => {
    expect(dbOperationName('  select * from t')).toBe('SELECT');
    expect(dbOperationName('INSERT INTO t VALUES ($1)')).toBe('INSERT');
  });

  it('names no operation for a CTE or a comment', () => {
    expect(dbOperationName('WITH x AS (SELECT 1) SELECT * FROM x')).toBeUndefined();
    expect(dbOperationName('/* hi */ SELECT 1')).toBeUndefined();
  });
});

describe('dbErrorType', () => {
  it('keeps a short driver code and collapses anything else', () => {
    expect(dbErrorType({ code: '23505' })).toBe('23505');
    expect(dbErrorType({ code: 'not a code' })).toBe('_OTHER');
    expect(dbErrorType(new Error('x'))).toBe('_OTHER');
  });
});
