/**
 * OpenTelemetry's `db.system.name` for a TypeORM driver type; `other_sql` for the rest,
 * as the conventions say.
 */
const SYSTEM_NAMES: Readonly<Record<string, string>> = {
  postgres: 'postgresql',
  'aurora-postgres': 'postgresql',
  cockroachdb: 'cockroachdb',
  mysql: 'mysql',
  'aurora-mysql': 'mysql',
  mariadb: 'mariadb',
  mssql: 'microsoft.sql_server',
  oracle: 'oracle.db',
  sap: 'sap.hana',
  spanner: 'gcp.spanner',
  sqlite: 'sqlite',
  'better-sqlite3': 'sqlite',
  sqljs: 'sqlite',
  capacitor: 'sqlite',
  cordova: 'sqlite',
  expo: 'sqlite',
  nativescript: 'sqlite',
  'react-native': 'sqlite',
};

export function dbSystemName(driverType: string): string {
  return SYSTEM_NAMES[driverType] ?? 'other_sql';
}

/**
 * The statements whose first word names the operation. Anything else (a CTE, a
 * multi-statement batch, a driver command) gets no `db_operation_name`, which keeps the
 * label to a handful of values.
 */
const OPERATIONS = new Set([
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'UPSERT',
  'CALL',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'SAVEPOINT',
  'RELEASE',
  'START',
  'CREATE',
  'ALTER',
  'DROP',
  'TRUNCATE',
]);

export function dbOperationName(query: string): string | undefined {
  const word = /^\s*([A-Za-z]+)/.exec(query)?.[1]?.toUpperCase();
  return word !== undefined && OPERATIONS.has(word) ? word : undefined;
}

/**
 * `error.type`: the database's own code when it has a short one (a PostgreSQL SQLSTATE
 * such as `23505`, a MySQL `ER_DUP_ENTRY`), `_OTHER` otherwise.
 */
export function dbErrorType(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : '_OTHER';
}
