import { Server as TlsServer } from 'node:tls';
import { hostname } from 'node:os';
import type { Server } from 'node:net';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { AgentHeartbeat } from '@vigil/types';
import type { ResolvedRegistrationOptions, ResolvedVigilOptions } from '../options/resolved-options.js';
import { VIGIL_OPTIONS } from '../vigil.tokens.js';
import { listeningBaseUrl } from './advertised-url.js';
import { heartbeatBody } from './heartbeat-body.js';
import { sendHeartbeat } from './heartbeat-sender.js';
import { retryDelayMs } from './retry-delay.js';

/**
 * Registers this instance with the Vigil server: a heartbeat every interval, and after a
 * failure retries with exponential backoff and jitter. It runs beside the app, never in
 * its way: nothing here is awaited by boot or by a request, a failure is logged and
 * retried, and its timers never keep the process alive.
 */
@Injectable()
export class Registration implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Vigil');
  private readonly stop = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private body: AgentHeartbeat | undefined;
  private onListening: (() => void) | undefined;

  constructor(
    private readonly host: HttpAdapterHost,
    @Inject(VIGIL_OPTIONS) private readonly options: ResolvedVigilOptions,
  ) {}

  onApplicationBootstrap(): void {
    const registration = this.options.registration;
    if (!registration) {
      this.logger.log('Scrape-only mode: no serverUrl and token, so no registration');
      return;
    }
    if (this.options.advertiseUrl) return this.begin(registration, this.options.advertiseUrl);
    // The address is known once the app listens, which comes after bootstrap.
    const server = this.host.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return this.logger.warn('No registration: there is no HTTP server and no advertiseUrl');
    this.onListening = () => {
      const baseUrl = listeningBaseUrl(server.address(), server instanceof TlsServer, hostname());
      if (baseUrl) this.begin(registration, baseUrl);
      else this.logger.warn('No registration: the server listens on no TCP address; set advertiseUrl');
    };
    if (server.listening) this.onListening();
    else server.once('listening', this.onListening);
  }

  onApplicationShutdown(): void {
    this.stop.abort(new Error('the app is shutting down'));
    clearTimeout(this.timer);
    const server = this.host.httpAdapter?.getHttpServer() as Server | undefined;
    if (this.onListening) server?.off('listening', this.onListening);
  }

  private begin(registration: ResolvedRegistrationOptions, baseUrl: string): void {
    this.body = heartbeatBody(this.options, baseUrl, registration.intervalMs);
    this.logger.log(`Registering ${this.body.service} (${this.body.instanceId}) at ${registration.heartbeatUrl} as ${baseUrl}`);
    this.schedule(0, registration);
  }

  private schedule(delayMs: number, registration: ResolvedRegistrationOptions): void {
    if (this.stop.signal.aborted) return;
    this.timer = setTimeout(() => void this.beat(registration), delayMs);
    this.timer.unref();
  }

  private async beat(registration: ResolvedRegistrationOptions): Promise<void> {
    if (!this.body) return;
    try {
      await sendHeartbeat(registration.heartbeatUrl, registration.token, this.body, registration.timeoutMs, this.stop.signal);
      if (this.failures > 0) this.logger.log(`Heartbeat accepted again after ${this.failures} failure(s)`);
      this.failures = 0;
      this.schedule(registration.intervalMs, registration);
    } catch (error) {
      if (this.stop.signal.aborted) return;
      this.failures++;
      const delayMs = retryDelayMs(this.failures, registration.initialRetryDelayMs, registration.maxRetryDelayMs);
      // One warning per run of failures; the rest at debug level, so an outage does not flood the log.
      const log = this.failures === 1 ? this.logger.warn.bind(this.logger) : this.logger.debug.bind(this.logger);
      log(`Heartbeat to ${registration.heartbeatUrl} failed (${(error as Error).message}); retrying in ${delayMs} ms`);
      this.schedule(delayMs, registration);
    }
  }
}
