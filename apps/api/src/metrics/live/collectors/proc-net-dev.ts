import type { NetworkInterfaceCounters } from '@vigil/types';

/**
 * Parses Linux's `/proc/net/dev`: two header lines, then `name: rx_bytes rx_packets …
 * (8 receive fields) tx_bytes …`. Some kernels print no space after the colon. Only the
 * first `maxInterfaces` in kernel order are kept, so hosts with hundreds of virtual
 * interfaces (one per container) cannot flood the metric with series.
 */
export function parseProcNetDev(text: string, maxInterfaces: number): NetworkInterfaceCounters[] {
  const counters: NetworkInterfaceCounters[] = [];
  for (const line of text.split('\n')) {
    if (counters.length >= maxInterfaces) break;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const fields = line.slice(colon + 1).trim().split(/\s+/).map(Number);
    const receiveBytes = fields[0];
    const transmitBytes = fields[8];
    if (name === '' || receiveBytes === undefined || transmitBytes === undefined) continue;
    if (!Number.isFinite(receiveBytes) || !Number.isFinite(transmitBytes)) continue;
    counters.push({ interface: name, receiveBytes, transmitBytes });
  }
  return counters;
}
