import { CHANNEL_CONFIG_SCHEMAS, parseWith, type ChannelConfigByType, type ChannelType, type FieldProblem } from '@vigil/types';
import { keepStoredSecret, keepStoredSecretValues } from './masked-secret.js';

/** The fields of each config that hold secrets: shown masked, sent back masked to keep them. */
const SECRETS: { [T in ChannelType]: { values: (keyof ChannelConfigByType[T])[]; maps: (keyof ChannelConfigByType[T])[] } } = {
  webhook: { values: ['secret'], maps: ['headers'] },
  slack: { values: ['webhookUrl'], maps: [] },
  email: { values: ['password'], maps: [] },
  pagerduty: { values: ['routingKey'], maps: [] },
  sms: { values: ['token'], maps: [] },
};

export type ConfigResult<T extends ChannelType> = { config?: ChannelConfigByType[T]; problems: FieldProblem[] };

/**
 * A parsed config with every MASKED_SECRET replaced by the stored value it stands for;
 * a mask with nothing stored behind it is a problem, or the mask would become the secret.
 */
export function restoreSecrets<T extends ChannelType>(type: T, config: ChannelConfigByType[T], existing?: ChannelConfigByType[ChannelType]): ConfigResult<T> {
  const restored: Record<string, unknown> = { ...config };
  const problems: FieldProblem[] = [];
  const stored = (existing ?? {}) as Record<string, unknown>;
  for (const field of SECRETS[type].values as string[]) {
    const result = keepStoredSecret(restored[field], stored[field] as string | undefined, `config.${field}`);
    problems.push(...result.problems);
    restored[field] = result.value;
  }
  for (const field of SECRETS[type].maps as string[]) {
    const result = keepStoredSecretValues(restored[field], stored[field] as Record<string, string> | undefined, `config.${field}`);
    problems.push(...result.problems);
    restored[field] = result.value;
  }
  for (const key of Object.keys(restored)) if (restored[key] === undefined) delete restored[key];
  return problems.length > 0 ? { problems } : { config: restored as ChannelConfigByType[T], problems };
}

/** Checks one channel kind's config by its schema, then restores masked secrets. */
export function validateChannelConfig<T extends ChannelType>(type: T, config: unknown, existing?: ChannelConfigByType[T]): ConfigResult<T> {
  const parsed = parseWith(CHANNEL_CONFIG_SCHEMAS[type], config, 'config');
  if (!parsed.ok) return { problems: parsed.problems };
  return restoreSecrets(type, parsed.value as ChannelConfigByType[T], existing);
}
