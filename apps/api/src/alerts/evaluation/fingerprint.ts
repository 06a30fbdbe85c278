import { createHash } from 'node:crypto';

/**
 * An alert's identity: a hash of its label set, independent of key order, as
 * Alertmanager's fingerprint is. The same labels from a rule or from Prometheus are
 * the same alert.
 */
export function fingerprint(labels: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const key of Object.keys(labels).sort()) hash.update(`${key}\u0000${labels[key]}\u0000`);
  return hash.digest('hex').slice(0, 16);
}
