import type { ReactNode } from 'react';

/** What the control inside a field needs so that its label, hint and problems read with it. */
export interface FieldAria {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string;
}

interface FormFieldProps {
  id: string;
  label: string;
  /** Messages from the API's 400 (or the page's own checks) about this field. */
  problems?: string[];
  hint?: string;
  children: (aria: FieldAria) => ReactNode;
}

/** Label, control, hint and the field's own problems, in that order. */
export function FormField({ id, label, problems = [], hint, children }: FormFieldProps) {
  const hintId = `${id}-hint`;
  const problemsId = `${id}-problems`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': problems.length > 0 || undefined, 'aria-describedby': `${hintId} ${problemsId}` })}
      {hint && (
        <p id={hintId} className="muted hint">
          {hint}
        </p>
      )}
      <ul id={problemsId} className="field-problems" aria-live="polite">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
