'use client';

import type { AlertSummary } from '@vigil/types';
import { useId, useState, type FormEvent } from 'react';
import { SILENCE_DURATIONS, silenceForAlert } from '../../lib/alerts/alert-silence';
import { useCreateSilence } from '../../lib/hooks/silences';

/** Inline: pick how long, say why, done. */
export function SilenceAlertForm({ alert, onDone }: { alert: AlertSummary; onDone: () => void }) {
  const create = useCreateSilence();
  const [durationMs, setDurationMs] = useState<number>(SILENCE_DURATIONS[0].ms);
  const [comment, setComment] = useState('');
  const ids = { duration: useId(), comment: useId() };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(silenceForAlert(alert, durationMs, 'monitoring page', comment.trim() || `Silenced ${alert.name}`), {
      onSuccess: onDone,
    });
  }

  return (
    <form className="inline-form" onSubmit={handleSubmit} aria-label={`Silence ${alert.name}`}>
      <label htmlFor={ids.duration}>For</label>
      {/* Opened by the Silence button: focus follows the person's action. */}
      <select id={ids.duration} autoFocus className="input input-compact" value={durationMs} onChange={(event) => setDurationMs(Number(event.target.value))}>
        {SILENCE_DURATIONS.map((option) => (
          <option key={option.ms} value={option.ms}>
            {option.label}
          </option>
        ))}
      </select>
      <label htmlFor={ids.comment}>Reason</label>
      <input id={ids.comment} className="input input-compact" value={comment} onChange={(event) => setComment(event.target.value)} />
      <button type="submit" className="button button-small" disabled={create.isPending}>
        {create.isPending ? 'Silencing…' : 'Silence'}
      </button>
      <button type="button" className="button button-small" onClick={onDone}>
        Cancel
      </button>
      {create.error && (
        <p className="form-problem" role="alert">
          {create.error.message}
        </p>
      )}
    </form>
  );
}
