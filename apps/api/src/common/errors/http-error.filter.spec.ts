import { Logger, type ArgumentsHost } from '@nestjs/common';
import { ErrorBody } from '@vigil/types';
import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error.js';
import { HttpErrorFilter } from './http-error.filter.js';

interface Sent {
  status?: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Runs the filter on `exception` with a reply that records what it was given. */
function answer(exception: unknown): Sent {
  const sent: Sent = { headers: {} };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value;
      return reply;
    },
    send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  const request = { method: 'POST', url: '/api/v1/alert-rules', id: 'req-1' };
  const host = { switchToHttp: () => ({ getResponse: () => reply, getRequest: () => request }) } as unknown as ArgumentsHost;
  new HttpErrorFilter().catch(exception, host);
  return sent;
}

describe('HttpErrorFilter', () => {
  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  describe('catch', () => {
    it('answers 503 with Retry-After naming the database when it cannot be reached', () => {
      const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        errno: -111,
        code: 'ECONNREFUSED',
        syscall: 'connect',
        address: '127.0.0.1',
        port: 5432,
      });
      const sent = answer(refused);
      expect(sent.status).toBe(503);
      expect(sent.headers['retry-after']).toBe('5');
      expect(ErrorBody.parse(sent.body)).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'the database is unavailable: connect ECONNREFUSED 127.0.0.1:5432',
        details: { dependency: 'database' },
      });
    });

    it('keeps a failed query that is a bug a sanitised 500, without Retry-After', () => {
      const syntax = new pg.DatabaseError('syntax error at or near "SELEC"', 93, 'error');
      syntax.code = '42601';
      const sent = answer(new QueryFailedError('SELEC 1', [], syntax));
      expect(sent.status).toBe(500);
      expect(sent.headers['retry-after']).toBeUndefined();
      expect(sent.body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'internal error (request id req-1)' });
    });

    it('gives other 503s no Retry-After', () => {
      const sent = answer(new AppError('DEPENDENCY_UNAVAILABLE', 'not started: waiting for migrations'));
      expect(sent.status).toBe(503);
      expect(sent.headers['retry-after']).toBeUndefined();
    });
  });
});
