import { MAX_STATEMENT_LENGTH, normaliseSql, operationOf } from './sql-statement.js';

describe('operationOf', () => {
  it('reads the first keyword in any case, after whitespace or parentheses', () => {
    expect(operationOf('SELECT 1')).toBe('SELECT');
    expect(operationOf('  insert into t values (1)')).toBe('INSERT');
    expect(operationOf('\n\tUpdate t set a = 1')).toBe('UPDATE');
    expect(operationOf('(SELECT 1) UNION (SELECT 2)')).toBe('SELECT');
    expect(operationOf('DELETE FROM t')).toBe('DELETE');
  });

  it('classes everything else as OTHER', () => {
    const others = ['WITH x AS (SELECT 1) SELECT * FROM x', 'START TRANSACTION', 'COMMIT', 'CREATE TABLE t ()', ''];
    expect(new Set(others.map(operationOf))).toEqual(new Set(['OTHER']));
  });
});

describe('normaliseSql', () => {
  it('replaces string and number literals and $n parameters, keeping quoted identifiers', () => {
    expect(normaliseSql(`SELECT "t1"."col2" FROM "tab" "t1" WHERE "t1"."id" = $1 AND name = 'O''Brien' AND n > 42.5e3`)).toBe(
      'SELECT "t1"."col2" FROM "tab" "t1" WHERE "t1"."id" = ? AND name = ? AND n > ?',
    );
  });

  it('leaves digits inside names alone', () => {
    expect(normaliseSql('SELECT col1, t2.x3 FROM t2 LIMIT 10')).toBe('SELECT col1, t2.x3 FROM t2 LIMIT ?');
  });

  it('collapses whitespace and lists of placeholders', () => {
    expect(normaliseSql('SELECT *\n  FROM   t\n WHERE id IN ($1, $2,$3)')).toBe('SELECT * FROM t WHERE id IN (?)');
    expect(normaliseSql('INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4), (5, 6)')).toBe('INSERT INTO t (a, b) VALUES (?)');
  });

  it('gives equal text for statements that differ only in values', () => {
    expect(normaliseSql("SELECT * FROM t WHERE k = 'a'")).toBe(normaliseSql('SELECT * FROM t WHERE k = $1'));
  });

  it('cuts very long statements', () => {
    const long = `SELECT ${'col, '.repeat(1_000)}x FROM t`;
    expect(normaliseSql(long)).toHaveLength(MAX_STATEMENT_LENGTH + 1);
  });
});
