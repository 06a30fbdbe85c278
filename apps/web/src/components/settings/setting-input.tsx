import type { SettingDefinition } from '@vigil/types';
import { formatSettingValue } from '../../lib/settings';

interface SettingInputProps {
  id: string;
  definition: SettingDefinition;
  draft: string;
  onChange: (draft: string) => void;
  describedBy: string;
  isInvalid: boolean;
}

/** The control that fits the definition: a choice list, a bounded number, a switch or bounded text. */
export function SettingInput({ id, definition, draft, onChange, describedBy, isInvalid }: SettingInputProps) {
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': isInvalid || undefined,
  };

  if (definition.type === 'number' && definition.allowed) {
    return (
      <select {...common} className="input" value={draft} onChange={(event) => onChange(event.target.value)}>
        {definition.allowed.map((option) => (
          <option key={option} value={String(option)}>
            {formatSettingValue(option, definition)}
          </option>
        ))}
      </select>
    );
  }

  if (definition.type === 'number') {
    return (
      <input
        {...common}
        className="input"
        type="number"
        inputMode="numeric"
        min={definition.min}
        max={definition.max}
        value={draft}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }

  if (definition.type === 'boolean') {
    return (
      <input
        {...common}
        className="checkbox"
        type="checkbox"
        checked={draft === 'true'}
        onChange={(event) => onChange(String(event.target.checked))}
      />
    );
  }

  if (definition.type === 'json') {
    return (
      <textarea
        {...common}
        className="input input-json"
        rows={6}
        spellCheck={false}
        value={draft}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }

  return (
    <input
      {...common}
      className="input"
      type="text"
      maxLength={definition.maxLength}
      autoComplete="off"
      spellCheck={false}
      value={draft}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
