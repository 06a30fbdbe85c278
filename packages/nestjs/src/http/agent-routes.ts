import type { IncomingHttpHeaders } from 'node:http';
import { Injectable, Logger, type StreamableFile } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AgentHttpError } from './agent-error.js';

/** What a handler reads of a request, the same on Express and on Fastify. */
export interface AgentRequest {
  headers: IncomingHttpHeaders;
  params: Readonly<Record<string, string | undefined>>;
  body: unknown;
}

export interface AgentReply {
  status: number;
  /** An object is sent as JSON, a string as it is (set its content type in `headers`). */
  body?: object | string | StreamableFile;
  headers?: Readonly<Record<string, string>>;
}

export type AgentHandler = (request: AgentRequest) => Promise<AgentReply> | AgentReply;

interface AdapterRequest {
  headers: IncomingHttpHeaders;
  params?: Record<string, string | undefined>;
  body?: unknown;
}

/**
 * The module's routes go straight onto the HTTP adapter rather than through controllers:
 * their paths come from options that `forRootAsync` only knows at run time, and they must
 * not fall under the app's global prefix, guards, pipes or interceptors (an app-wide auth
 * guard would otherwise lock Kubernetes out of the probes). `HttpAdapterHost` speaks for
 * Express and Fastify alike. Register from `onModuleInit`: after the body parsers Nest
 * installs, and before its not-found handler.
 */
@Injectable()
export class AgentRoutes {
  private readonly logger = new Logger('Vigil');

  constructor(private readonly host: HttpAdapterHost) {}

  /** False in an app without an HTTP server (a standalone context or a microservice). */
  get isAvailable(): boolean {
    return this.host.httpAdapter !== undefined && this.host.httpAdapter !== null;
  }

  get(path: string, handler: AgentHandler): void {
    this.add('get', path, handler);
  }

  post(path: string, handler: AgentHandler): void {
    this.add('post', path, handler);
  }

  private add(method: 'get' | 'post', path: string, handler: AgentHandler): void {
    const adapter = this.host.httpAdapter;
    adapter[method](path, async (request: AdapterRequest, response: unknown) => {
      const reply = await this.run(handler, request);
      for (const [name, value] of Object.entries(reply.headers ?? {})) adapter.setHeader(response, name, value);
      // Returned, not dropped: Fastify's reply is a thenable that settles once the response
      // is out, and an async handler resolving to nothing earlier would have Fastify send
      // an empty body over a streamed one. Express ignores the value.
      return adapter.reply(response, reply.body, reply.status) as unknown;
    });
  }

  private async run(handler: AgentHandler, request: AdapterRequest): Promise<AgentReply> {
    try {
      return await handler({ headers: request.headers, params: request.params ?? {}, body: request.body });
    } catch (error) {
      if (error instanceof AgentHttpError) return { status: error.status, body: error.toBody(), headers: error.headers };
      this.logger.error(`Unexpected error in a Vigil endpoint: ${(error as Error).stack ?? String(error)}`);
      return { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'internal error' } };
    }
  }
}
