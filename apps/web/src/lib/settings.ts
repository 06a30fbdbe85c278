import { SETTING_DEFINITIONS, type Setting, type SettingDefinition } from '@vigil/types';

const REFRESH_KEY = 'ui.defaultRefreshSeconds';
const SERVICE_NAME_KEY = 'ui.serviceName';

/** Until the settings load (or if they cannot), the page behaves as the defaults say. */
export function refreshSecondsFrom(settings: Setting[] | undefined): number {
  const value = settings?.find((setting) => setting.key === REFRESH_KEY)?.value;
  if (typeof value === 'number') return value;
  const definition = SETTING_DEFINITIONS[REFRESH_KEY];
  return definition.type === 'number' ? definition.default : 0;
}

export function serviceNameFrom(settings: Setting[] | undefined): string | undefined {
  const value = settings?.find((setting) => setting.key === SERVICE_NAME_KEY)?.value;
  return typeof value === 'string' ? value : undefined;
}

export function formatSettingValue(value: Setting['value'], definition: SettingDefinition): string {
  if (definition.type === 'boolean') return value ? 'On' : 'Off';
  if (definition.type === 'number') {
    if (definition.key === REFRESH_KEY && value === 0) return 'Off';
    return definition.unit ? `${String(value)} ${definition.unit}` : String(value);
  }
  if (definition.type === 'json') return JSON.stringify(value);
  return value === '' ? '(empty)' : String(value);
}
