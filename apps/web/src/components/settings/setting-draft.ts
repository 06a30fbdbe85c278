import type { SettingDefinition, SettingValue } from '@vigil/types';

/** Form controls hold text; this is the round trip between that text and a setting value. */
export function toDraft(value: SettingValue): string {
  return typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value);
}

/**
 * Text that is not a number stays text, so the API's validation (not a silent NaN)
 * explains what is wrong with it.
 */
export function fromDraft(draft: string, definition: SettingDefinition): SettingValue {
  switch (definition.type) {
    case 'number': {
      const number = Number(draft);
      return draft.trim() !== '' && Number.isFinite(number) ? number : draft;
    }
    case 'boolean':
      return draft === 'true';
    case 'string':
      return draft;
    case 'json':
      return parseJsonDraft(draft);
  }
}

/** Unparseable JSON goes to the API as text, whose 400 then names the problem. */
function parseJsonDraft(draft: string): SettingValue {
  try {
    const parsed: unknown = JSON.parse(draft);
    return typeof parsed === 'object' && parsed !== null ? (parsed as SettingValue) : draft;
  } catch {
    return draft;
  }
}
