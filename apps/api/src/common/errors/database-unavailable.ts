/** What a client is told to wait before retrying a request the database could not serve. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Socket errors on the way to PostgreSQL (Node's `code`): the server is down or out of reach. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLSTATEs outside class 08 that mean the server will not serve this session now. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '53300', // too_many_connections
]);

/** node-postgres and pg-pool raise these as plain Errors without a code. */
const DRIVER_MESSAGES = new Set([
  // pg: the socket closed under a client, while connecting or during a query.
  'Connection terminated unexpectedly',
  // pg-pool: a new client did not connect within connectionTimeoutMillis.
  'Connection terminated due to connection timeout',
  // pg-pool: no client came free within connectionTimeoutMillis.
  'timeout exceeded when trying to connect',
  // pg Client: its own connect timeout.
  'timeout expired',
  // pg: no answer within query_timeout. The server-side statement_timeout is shorter, so
  // a server that is there answers a slow statement with 57014 (a 500) before this.
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
]);

interface ErrorFields {
  message?: unknown;
  code?: unknown;
  /** TypeORM's QueryFailedError: the driver's own error. */
  driverError?: unknown;
  /** Node's AggregateError, when every address of the host refused. */
  errors?: unknown;
}

function isUnavailable({ code, message }: ErrorFields): boolean {
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  return typeof message === 'string' && DRIVER_MESSAGES.has(message);
}

/** The error's message; Node's AggregateError (every address refused) has none of its own. */
function messageOf(error: ErrorFields): string {
  if (typeof error.message === 'string' && error.message !== '') return error.message;
  const [first] = Array.isArray(error.errors) ? (error.errors as ErrorFields[]) : [];
  if (first && typeof first.message === 'string' && first.message !== '') return first.message;
  return typeof error.code === 'string' ? error.code : 'unknown reason';
}

/** Drops the user and password of any URL in the text. */
const withoutCredentials = (text: string) => text.replace(/\/\/[^\s/@]+@/g, '//');

const asFields = (value: unknown): ErrorFields | undefined =>
  typeof value === 'object' && value !== null ? (value as ErrorFields) : undefined;

/**
 * Why the database cannot serve, when `error` (as thrown by TypeORM, pg-pool or pg) says
 * it is unreachable, shutting down or out of connections; undefined for anything else,
 * such as a syntax error or a constraint violation, which are bugs.
 *
 * Errors getting a connection reach the caller as pg or pg-pool threw them; errors
 * during a query come wrapped in a QueryFailedError. `cause` is not followed: pg-pool's
 * wrapper is recognised by its own message, and other clients (fetch) put their socket
 * errors there.
 */
export function databaseUnavailableReason(error: unknown): string | undefined {
  for (const fields of [asFields(error), asFields(asFields(error)?.driverError)]) {
    if (fields && isUnavailable(fields)) return withoutCredentials(messageOf(fields));
  }
  return undefined;
}
