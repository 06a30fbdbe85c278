import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import { TcpProxy } from '../../../test/support/tcp-proxy.js';
import { testConfig } from '../../../test/support/test-app.js';
import { testDatabaseUrl } from '../../../test/support/test-database.js';
import { buildDataSourceOptions } from '../../database/data-source-options.js';
import { databaseUnavailableReason } from './database-unavailable.js';

const portOf = (server: Server) => (server.address() as AddressInfo).port;

/** A loopback port nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = portOf(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Accepts connections and never answers, as a server behind a dropped route would. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => sockets.add(socket.on('error', () => undefined)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: portOf(server),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const openDataSource = (url: string) =>
  new DataSource(buildDataSourceOptions(testConfig().database, url, 'database-unavailable-test'));

const rejection = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

/** A server error as pg's protocol parser builds it from an ErrorResponse message. */
function serverError(code: string, message: string, severity = 'FATAL'): pg.DatabaseError {
  const error = new pg.DatabaseError(message, message.length, 'error');
  error.code = code;
  error.severity = severity;
  return error;
}

describe('databaseUnavailableReason', () => {
  describe('a database out of reach', () => {
    it('names a refused connection, as pg reports it', async () => {
      const port = await closedPort();
      const error = await rejection(new pg.Client({ host: '127.0.0.1', port, connectionTimeoutMillis: 5_000 }).connect());
      expect(error).toMatchObject({ code: 'ECONNREFUSED' });
      expect(databaseUnavailableReason(error)).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`);
    });

    it('names a refused connection when TypeORM opens its pool, without the credentials of the URL', async () => {
      const port = await closedPort();
      const error = await rejection(openDataSource(`postgres://vigil:s3cret@127.0.0.1:${port}/vigil`).initialize());
      const reason = databaseUnavailableReason(error);
      expect(reason).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`);
      expect(reason).not.toContain('s3cret');
    });

    it("names a host whose every address refused (Node's AggregateError has no message of its own)", async () => {
      const port = await closedPort();
      const error = await new Promise<Error>((resolve) => {
        const socket = connect({
          host: 'database.internal',
          port,
          autoSelectFamily: true,
          lookup: (_host, _options, callback) =>
            callback(null, [
              { address: '127.0.0.1', family: 4 },
              { address: '::1', family: 6 },
            ]),
        });
        socket.on('error', resolve);
      });
      // An AggregateError of Node's realm, not Jest's: compare its shape.
      expect(error).toMatchObject({ name: 'AggregateError', message: '', code: 'ECONNREFUSED', errors: [expect.any(Object), expect.any(Object)] });
      expect(databaseUnavailableReason(error)).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`);
    });

    it("names pg-pool's connect timeout and its wait for a free client", async () => {
      const silent = await silentServer();
      const pool = new pg.Pool({ host: '127.0.0.1', port: silent.port, max: 1, connectionTimeoutMillis: 200 });
      try {
        const [connecting, waiting] = await Promise.all([rejection(pool.connect()), rejection(pool.connect())]);
        expect(databaseUnavailableReason(connecting)).toBe('Connection terminated due to connection timeout');
        expect(databaseUnavailableReason(waiting)).toBe('timeout exceeded when trying to connect');
      } finally {
        await pool.end();
        await silent.close();
      }
    });

    it('names a connection lost during a query, which TypeORM wraps in a QueryFailedError', async () => {
      const target = new URL(testDatabaseUrl());
      const proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
      const dataSource = await openDataSource(proxy.rewrite(testDatabaseUrl())).initialize();
      const runner = dataSource.createQueryRunner();
      try {
        await runner.connect();
        const query = rejection(runner.query('SELECT 1'));
        setImmediate(() => proxy.cut());
        const error = await query;
        expect(error).toBeInstanceOf(QueryFailedError);
        const { driverError } = error as QueryFailedError<Error>;
        // Which one depends on whether the reset or the end of the stream arrives first.
        expect(['read ECONNRESET', 'Connection terminated unexpectedly']).toContain(driverError.message);
        expect(databaseUnavailableReason(error)).toBe(driverError.message);
      } finally {
        await runner.release();
        await dataSource.destroy();
        await proxy.stop();
      }
    });

    it('names a query that got no answer within query_timeout', () => {
      // pg's client rejects with this plain Error; TypeORM wraps it.
      const error = new QueryFailedError('SELECT 1', [], new Error('Query read timeout'));
      expect(databaseUnavailableReason(error)).toBe('Query read timeout');
    });

    it('leaves the user and password of a URL out of the reason', () => {
      const error = Object.assign(new Error('getaddrinfo ENOTFOUND postgres://vigil:s3cret@db.internal/vigil'), { code: 'ENOTFOUND' });
      expect(databaseUnavailableReason(error)).toBe('getaddrinfo ENOTFOUND postgres://db.internal/vigil');
    });

    it.each([
      ['57P01', 'terminating connection due to administrator command'],
      ['57P02', 'terminating connection because of crash of another server process'],
      ['57P03', 'the database system is starting up'],
      ['53300', 'sorry, too many clients already'],
      ['08006', 'connection failure'],
      ['08001', 'could not connect to the server'],
    ])('names SQLSTATE %s (%s), raw or wrapped by TypeORM', (code, message) => {
      expect(databaseUnavailableReason(serverError(code, message))).toBe(message);
      expect(databaseUnavailableReason(new QueryFailedError('SELECT 1', [], serverError(code, message)))).toBe(message);
    });
  });

  describe('a bug, or another dependency', () => {
    let dataSource: DataSource;
    beforeAll(async () => {
      dataSource = await openDataSource(testDatabaseUrl()).initialize();
    });
    afterAll(() => dataSource.destroy());

    it('is undefined for a syntax error', async () => {
      const error = await rejection(dataSource.query('SELEC 1'));
      expect(error).toBeInstanceOf(QueryFailedError);
      expect(error).toMatchObject({ driverError: { code: '42601' } });
      expect(databaseUnavailableReason(error)).toBeUndefined();
    });

    it('is undefined for a constraint violation', async () => {
      const runner = dataSource.createQueryRunner();
      try {
        await runner.query('CREATE TEMPORARY TABLE unavailable_test (id int PRIMARY KEY)');
        await runner.query('INSERT INTO unavailable_test VALUES (1)');
        const error = await rejection(runner.query('INSERT INTO unavailable_test VALUES (1)'));
        expect(error).toMatchObject({ driverError: { code: '23505' } });
        expect(databaseUnavailableReason(error)).toBeUndefined();
      } finally {
        await runner.release();
      }
    });

    it('is undefined for a statement the server cancelled at statement_timeout (a slow query, the server is there)', () => {
      const error = serverError('57014', 'canceling statement due to statement timeout', 'ERROR');
      expect(databaseUnavailableReason(new QueryFailedError('SELECT 1', [], error))).toBeUndefined();
    });

    it('is undefined for an HTTP call refused, though its cause is ECONNREFUSED', async () => {
      const error = await rejection(fetch(`http://127.0.0.1:${await closedPort()}/`));
      expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
      expect(databaseUnavailableReason(error)).toBeUndefined();
    });

    it.each([[new Error('boom')], [new TypeError('x is not a function')], ['a string'], [null], [undefined]])(
      'is undefined for %p',
      (error) => {
        expect(databaseUnavailableReason(error)).toBeUndefined();
      },
    );
  });
});
