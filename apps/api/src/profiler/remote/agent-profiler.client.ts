import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { AGENT_CONTROL_PATHS, ErrorBody, ProcessProfilingSession, type ProfilingSessionInput } from '@vigil/types';
import type { z } from 'zod';
import { AppError } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { ArtifactWriter } from '../artifacts/artifact-writer.js';
import { networkCause } from '../../common/http/network-cause.js';

/** Control calls answer at once on the agent's side; a heap snapshot's download takes longer. */
const CONTROL_TIMEOUT_MS = 10_000;
const DOWNLOAD_TIMEOUT_MS = 300_000;

const pathOf = (template: string, id?: string) => (id === undefined ? template : template.replace(':id', encodeURIComponent(id)));

/**
 * The server's side of the agent control contract (`AGENT_CONTROL_PATHS` under the
 * agent's control URL), with the agent token. Every call has a timeout and every answer
 * is parsed with the contract's schema, so an agent out of contract is a 502 that says
 * so, not a half-read session. An agent's own refusals (409 while a profile runs, 400 on
 * a bad input) keep their status and message.
 */
@Injectable()
export class AgentProfilerClient {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  start(controlUrl: string, input: ProfilingSessionInput): Promise<ProcessProfilingSession> {
    return this.call(controlUrl, 'POST', AGENT_CONTROL_PATHS.sessions, ProcessProfilingSession, input);
  }

  get(controlUrl: string, id: string): Promise<ProcessProfilingSession> {
    return this.call(controlUrl, 'GET', pathOf(AGENT_CONTROL_PATHS.session, id), ProcessProfilingSession);
  }

  stop(controlUrl: string, id: string): Promise<ProcessProfilingSession> {
    return this.call(controlUrl, 'POST', pathOf(AGENT_CONTROL_PATHS.stop, id), ProcessProfilingSession);
  }

  /** Streams the artifact into `writer`, which enforces the size cap. */
  async download(controlUrl: string, id: string, writer: ArtifactWriter): Promise<void> {
    const res = await this.send(controlUrl, 'GET', pathOf(AGENT_CONTROL_PATHS.artifact, id), undefined, DOWNLOAD_TIMEOUT_MS);
    if (!res.ok) throw await this.refusal(res, controlUrl);
    if (!res.body) throw new AppError('BAD_GATEWAY', `the agent at ${controlUrl} sent an empty artifact`);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for await (const chunk of Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>)) {
      writer.write(decoder.decode(chunk as Uint8Array, { stream: true }));
    }
    writer.write(decoder.decode());
  }

  private async call<T extends z.ZodType>(controlUrl: string, method: 'GET' | 'POST', path: string, schema: T, body?: unknown): Promise<z.output<T>> {
    const res = await this.send(controlUrl, method, path, body, CONTROL_TIMEOUT_MS);
    if (!res.ok) throw await this.refusal(res, controlUrl);
    const parsed = schema.safeParse(await res.json().catch(() => undefined));
    if (!parsed.success) throw new AppError('BAD_GATEWAY', `the agent at ${controlUrl} answered ${method} ${path} out of contract`);
    return parsed.data;
  }

  private async send(controlUrl: string, method: string, path: string, body: unknown, timeoutMs: number): Promise<Response> {
    const token = this.config.targets.agentToken;
    if (!token) throw new AppError('CONFLICT', 'remote profiling needs AGENT_TOKEN on the server: agents accept only that token');
    try {
      return await fetch(`${controlUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new AppError('BAD_GATEWAY', `the agent at ${controlUrl} could not be reached (${networkCause(error)})`);
    }
  }

  /** 4xx from the agent keep their meaning (busy, bad input, unknown session); anything else is the agent failing. */
  private async refusal(res: Response, controlUrl: string): Promise<AppError> {
    const answer = ErrorBody.safeParse(await res.json().catch(() => undefined));
    const message = answer.success ? answer.data.message : `HTTP ${res.status}`;
    if (res.status === 409) return new AppError('CONFLICT', `the agent refused: ${message}`);
    if (res.status === 400) return new AppError('VALIDATION_FAILED', `the agent refused: ${message}`);
    if (res.status === 404) return new AppError('NOT_FOUND', `the agent does not know the session: ${message}`);
    if (res.status === 401 || res.status === 403) {
      return new AppError('BAD_GATEWAY', `the agent at ${controlUrl} refused the server's AGENT_TOKEN (${res.status}): the two must match`);
    }
    return new AppError('BAD_GATEWAY', `the agent at ${controlUrl} failed: ${message}`);
  }
}
