import type { AddressInfo } from 'node:net';

const WILDCARDS = new Set(['0.0.0.0', '::', '::0', '']);

/**
 * The base URL the server can reach this instance at, from the address the HTTP server
 * listens on. A wildcard address (all interfaces) means nothing to another machine, so
 * the host name stands in for it; a Unix socket or pipe has no URL at all.
 */
export function listeningBaseUrl(address: AddressInfo | string | null, isTls: boolean, hostName: string): string | undefined {
  if (address === null || typeof address === 'string') return undefined;
  const scheme = isTls ? 'https' : 'http';
  const host = WILDCARDS.has(address.address) ? hostName : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `${scheme}://${host}:${address.port}`;
}

/** `base` and `path` joined with exactly one slash, keeping any path `base` has (a proxy's prefix). */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
