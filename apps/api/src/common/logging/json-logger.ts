import type { LoggerService } from '@nestjs/common';
import { pino, type Logger as Pino } from 'pino';

export function createPino(level: string, instanceId: string): Pino {
  return pino({
    level,
    base: { service: 'vigil-api', instance: instanceId },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '***' },
  });
}

/**
 * Nest's logger on pino, so framework and application lines are JSON like Fastify's
 * request lines (which carry `reqId`). `context` is the Nest logger name.
 */
export class JsonLogger implements LoggerService {
  constructor(private readonly pino: Pino) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    // Nest passes (message, stack, context) for errors.
    const [stack, context] = params;
    this.pino.error({ context, ...(typeof stack === 'string' ? { stack } : {}) }, String(message));
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, params: unknown[]): void {
    const context = params.at(-1);
    const fields = typeof context === 'string' ? { context } : {};
    if (typeof message === 'object' && message !== null) this.pino[level]({ ...fields, ...message });
    else this.pino[level](fields, String(message));
  }
}
