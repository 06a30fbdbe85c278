import type { HeaderDraft } from '../../lib/alerts/channel-draft';
import { NO_SECRET } from '../../lib/alerts/secret-draft';

interface WebhookHeadersFieldProps {
  id: string;
  headers: HeaderDraft[];
  onChange: (headers: HeaderDraft[]) => void;
  problems: string[];
}

/**
 * Header values often carry credentials, so the API hides every one: a stored header
 * keeps its name (remove it and add another to rename) and its value unless one is typed.
 */
export function WebhookHeadersField({ id, headers, onChange, problems }: WebhookHeadersFieldProps) {
  const replace = (index: number, header: HeaderDraft) => onChange(headers.map((item, at) => (at === index ? header : item)));
  return (
    <fieldset className="field headers-field" aria-describedby={`${id}-problems`}>
      <legend>Headers</legend>
      {headers.map((header, index) => (
        <div key={index} className="field-row">
          <input
            className="input mono"
            aria-label={`Header ${index + 1} name`}
            readOnly={header.value.isStored}
            spellCheck={false}
            value={header.name}
            onChange={(event) => replace(index, { ...header, name: event.target.value })}
          />
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            aria-label={`Header ${index + 1} value`}
            placeholder={header.value.isStored ? '•••••••• (set)' : undefined}
            value={header.value.typed}
            onChange={(event) => replace(index, { ...header, value: { ...header.value, typed: event.target.value } })}
          />
          <button type="button" className="button button-small" onClick={() => onChange(headers.filter((_, at) => at !== index))}>
            Remove<span className="visually-hidden"> header {index + 1}</span>
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="button button-small" onClick={() => onChange([...headers, { name: '', value: NO_SECRET }])}>
          Add header
        </button>
      </div>
      <ul id={`${id}-problems`} className="field-problems" aria-live="polite">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </fieldset>
  );
}
