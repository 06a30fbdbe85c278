'use client';

import { useId, useState, type FormEvent } from 'react';
import { SILENCE_DURATIONS } from '../../lib/alerts/alert-silence';
import { parseMatchers } from '../../lib/alerts/silence-matchers';
import { ApiError } from '../../lib/api-client';
import { useCreateSilence } from '../../lib/hooks/silences';
import { FormProblems } from '../forms/form-problems';

export function SilenceForm() {
  const create = useCreateSilence();
  const [matchers, setMatchers] = useState('alertname=');
  const [durationMs, setDurationMs] = useState<number>(SILENCE_DURATIONS[0].ms);
  const [createdBy, setCreatedBy] = useState('');
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const fieldProblems = create.error instanceof ApiError ? create.error.fieldProblems : [];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseMatchers(matchers);
    if (typeof parsed === 'string') {
      setProblem(parsed);
      return;
    }
    setProblem(null);
    const now = Date.now();
    create.mutate(
      {
        matchers: parsed,
        startsAt: new Date(now).toISOString(),
        endsAt: new Date(now + durationMs).toISOString(),
        createdBy: createdBy.trim() || 'monitoring page',
        comment: comment.trim() || 'Silenced from the monitoring page',
      },
      { onSuccess: () => setMatchers('alertname=') },
    );
  }

  return (
    <form className="card stack-sm" onSubmit={handleSubmit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>New silence</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-matchers`}>Matchers, one per line</label>
          <textarea id={`${id}-matchers`} className="input mono" rows={3} value={matchers} onChange={(e) => setMatchers(e.target.value)} spellCheck={false} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-duration`}>Duration</label>
          <select id={`${id}-duration`} className="input" value={durationMs} onChange={(e) => setDurationMs(Number(e.target.value))}>
            {SILENCE_DURATIONS.map((option) => (
              <option key={option.ms} value={option.ms}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-by`}>Your name</label>
          <input id={`${id}-by`} className="input" value={createdBy} onChange={(e) => setCreatedBy(e.target.value)} autoComplete="name" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-comment`}>Reason</label>
          <input id={`${id}-comment`} className="input" value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
      </div>
      <FormProblems
        unclaimed={[...(problem ? [{ field: 'matchers', problem }] : []), ...fieldProblems]}
        failure={create.error}
        hasFieldProblems={fieldProblems.length > 0}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create silence'}
        </button>
        <p className="muted" role="status">
          {create.isSuccess ? 'Silence created.' : ''}
        </p>
      </div>
    </form>
  );
}
