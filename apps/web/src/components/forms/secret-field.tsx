import type { SecretDraft } from '../../lib/alerts/secret-draft';
import { FormField } from './form-field';

interface SecretFieldProps {
  id: string;
  label: string;
  draft: SecretDraft;
  onChange: (draft: SecretDraft) => void;
  problems?: string[];
  /** Optional secrets can be removed; required ones only replaced. */
  isOptional?: boolean;
  /** Shown while no secret is stored (a stored one explains how it is kept instead). */
  hint?: string;
}

/** A stored secret shows as set but hidden: left empty it is kept, typed over it is replaced. */
export function SecretField({ id, label, draft, onChange, problems, isOptional = false, hint: newHint }: SecretFieldProps) {
  const hint = draft.isStored ? 'Set and hidden. Leave empty to keep it, or type a new value.' : newHint;
  return (
    <FormField id={id} label={label} problems={problems} hint={hint}>
      {(aria) => (
        <div className="field-row">
          <input
            {...aria}
            className="input"
            type="password"
            autoComplete="new-password"
            placeholder={draft.isStored ? '•••••••• (set)' : undefined}
            value={draft.typed}
            onChange={(event) => onChange({ ...draft, typed: event.target.value })}
          />
          {isOptional && draft.isStored && (
            <button type="button" className="button button-small" onClick={() => onChange({ isStored: false, typed: '' })}>
              Remove<span className="visually-hidden"> {label}</span>
            </button>
          )}
        </div>
      )}
    </FormField>
  );
}
