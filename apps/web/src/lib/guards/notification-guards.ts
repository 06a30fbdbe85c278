import type { Channel, ChannelTestResult, EscalationPolicy, NotificationDelivery } from '@vigil/types';
import { isArrayOf, isRecord } from '../contract-guards';

export function isChannel(value: unknown): value is Channel {
  return isRecord(value) && typeof value.id === 'string' && typeof value.type === 'string' && isRecord(value.config);
}

export function isChannelList(value: unknown): value is Channel[] {
  return isArrayOf(value, isChannel);
}

export function isChannelTestResult(value: unknown): value is ChannelTestResult {
  return isRecord(value) && typeof value.isDelivered === 'boolean' && typeof value.durationMs === 'number';
}

function isDelivery(value: unknown): value is NotificationDelivery {
  return isRecord(value) && typeof value.id === 'string' && typeof value.status === 'string';
}

export function isDeliveryList(value: unknown): value is NotificationDelivery[] {
  return isArrayOf(value, isDelivery);
}

export function isEscalationPolicy(value: unknown): value is EscalationPolicy {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string' && Array.isArray(value.levels);
}

export function isEscalationPolicyList(value: unknown): value is EscalationPolicy[] {
  return isArrayOf(value, isEscalationPolicy);
}
