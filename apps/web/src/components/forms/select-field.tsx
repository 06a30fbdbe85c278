import { FormField } from './form-field';

interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  onChange: (value: T) => void;
  problems?: string[];
  /** Shown instead of the raw value, e.g. "Email (SMTP)" for `email`. */
  labels?: Partial<Record<T, string>>;
}

/** A choice among known values; anything else the browser reports is ignored. */
export function SelectField<T extends string>({ id, label, value, options, onChange, problems, labels }: SelectFieldProps<T>) {
  return (
    <FormField id={id} label={label} problems={problems}>
      {(aria) => (
        <select
          {...aria}
          className="input"
          value={value}
          onChange={(event) => {
            const next = options.find((option) => option === event.target.value);
            if (next !== undefined) onChange(next);
          }}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {labels?.[option] ?? option}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
