import { FormField } from './form-field';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems?: string[];
  hint?: string;
  /** One item per line (recipient lists). */
  isMultiline?: boolean;
  inputMode?: 'text' | 'numeric' | 'url' | 'email';
  autoFocus?: boolean;
}

export function TextField({ id, label, value, onChange, problems, hint, isMultiline = false, inputMode, autoFocus }: TextFieldProps) {
  return (
    <FormField id={id} label={label} problems={problems} hint={hint}>
      {(aria) =>
        isMultiline ? (
          <textarea {...aria} className="input mono" rows={3} spellCheck={false} value={value} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input
            {...aria}
            className="input"
            inputMode={inputMode}
            autoComplete="off"
            spellCheck={false}
            autoFocus={autoFocus}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </FormField>
  );
}

export function CheckField({ id, label, checked, onChange, problems }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; problems?: string[] }) {
  return (
    <FormField id={id} label={label} problems={problems}>
      {(aria) => <input {...aria} type="checkbox" className="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />}
    </FormField>
  );
}
