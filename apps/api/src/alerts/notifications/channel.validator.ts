import { CHANNEL_TYPES, type ChannelConfig, type FieldProblem } from '@vigil/types';
import type { ChannelSenders } from '../channels/channel-senders.js';
import { isObject, Problems } from '../validation/field-checks.js';
import type { ChannelRow, ChannelSpec } from './channel.repository.js';

/** Checks a ChannelInput; on update `existing` lets a masked secret keep its stored value. */
export function validateChannel(body: unknown, senders: ChannelSenders, existing?: ChannelRow): { spec?: ChannelSpec; problems: FieldProblem[] } {
  if (!isObject(body)) return { problems: [{ field: 'body', problem: 'must be a JSON object' }] };
  const p = new Problems();
  p.unknownKeys(body, ['name', 'type', 'config', 'isDefault', 'enabled']);
  const name = p.text('name', body.name, 128);
  const type = p.oneOf('type', body.type, CHANNEL_TYPES);
  let config: ChannelConfig | undefined;
  if (type) {
    const stored = existing && existing.type === type ? existing.config : undefined;
    const checked = senders.get(type).validate(body.config, stored as never);
    checked.problems.forEach((problem) => p.list.push(problem));
    config = checked.config;
  }
  const isDefault = body.isDefault ?? false;
  const enabled = body.enabled ?? true;
  if (typeof isDefault !== 'boolean') p.add('isDefault', 'must be true or false');
  if (typeof enabled !== 'boolean') p.add('enabled', 'must be true or false');
  if (!p.isEmpty || !config) return { problems: p.list };
  return { problems: [], spec: { name: name!, type: type!, config, isDefault: isDefault as boolean, enabled: enabled as boolean } };
}
