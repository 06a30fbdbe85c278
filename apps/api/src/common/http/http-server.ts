import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AppConfig } from '../../config/app-config.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * The API's HTTP server, with the limits that keep slow or idle clients from holding
 * it: Fastify applies its own timeout options only to a server it creates, and the
 * probe fast path needs a server of ours. A request whose headers or body arrive too
 * slowly gets 408 and its connection closed; past the connection cap, new connections
 * are closed as they arrive.
 */
export function createHttpServer(limits: AppConfig['http'], handler: Handler): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node checks those two timeouts (default 30 s): a check each second
      // keeps a 1 s limit a 1–2 s limit, for the cost of one timer.
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    handler,
  );
  server.maxConnections = limits.maxConnections;
  return server;
}
