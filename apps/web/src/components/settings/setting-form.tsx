'use client';

import type { Setting } from '@vigil/types';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../lib/api-client';
import { useResetSetting, useUpdateSetting } from '../../lib/hooks/settings';
import { fromDraft, toDraft } from './setting-draft';
import { SettingInput } from './setting-input';
import { SettingSummary } from './setting-summary';

export function SettingForm({ setting }: { setting: Setting }) {
  const { key, value, definition } = setting;
  const update = useUpdateSetting();
  const reset = useResetSetting();
  const [draft, setDraft] = useState(() => toDraft(value));
  const [shownValue, setShownValue] = useState(value);
  const ids = { title: useId(), input: useId(), description: useId(), problems: useId() };

  // Follow the server when its value changes (after a save, a reset or another user's edit).
  if (shownValue !== value) {
    setShownValue(value);
    setDraft(toDraft(value));
  }

  const failure = update.error ?? reset.error;
  const fieldProblems = failure instanceof ApiError ? failure.fieldProblems : [];
  const generalProblem = failure && fieldProblems.length === 0 ? failure.message : null;
  const isBusy = update.isPending || reset.isPending;
  const isDirty = fromDraft(draft, definition) !== value;
  const confirmation = update.isSuccess ? 'Saved.' : reset.isSuccess ? 'Reset to the default.' : '';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset.reset();
    update.mutate({ key, value: fromDraft(draft, definition) });
  }

  function handleReset() {
    update.reset();
    reset.mutate(key);
  }

  return (
    <form className="card stack-sm" aria-labelledby={ids.title} onSubmit={handleSubmit} noValidate>
      <h2 id={ids.title} className="setting-key">
        {key}
      </h2>
      <p id={ids.description}>{definition.description}</p>
      <SettingSummary setting={setting} />
      <div className="field">
        <label htmlFor={ids.input}>New value</label>
        <SettingInput
          id={ids.input}
          definition={definition}
          draft={draft}
          onChange={setDraft}
          describedBy={`${ids.description} ${ids.problems}`}
          isInvalid={fieldProblems.length > 0}
        />
        {definition.type === 'string' && (
          <p className="muted hint">Up to {definition.maxLength} characters.</p>
        )}
        <ul id={ids.problems} className="field-problems" aria-live="polite">
          {fieldProblems.map(({ field, problem }) => (
            <li key={`${field}:${problem}`}>{field === 'value' ? problem : `${field}: ${problem}`}</li>
          ))}
        </ul>
      </div>
      {generalProblem && (
        <p className="form-problem" role="alert">
          {generalProblem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={isBusy || !isDirty}>
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button" onClick={handleReset} disabled={isBusy || setting.isDefault}>
          {reset.isPending ? 'Resetting…' : 'Reset to default'}
        </button>
        <p className="muted" role="status">
          {confirmation}
        </p>
      </div>
    </form>
  );
}
