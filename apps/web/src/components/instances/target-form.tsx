'use client';

import type { FieldProblem } from '@vigil/types';
import { useId, useState, type FormEvent } from 'react';
import { problemsAt, unclaimedProblems } from '../../lib/alerts/field-problems';
import { ApiError } from '../../lib/api-client';
import { useCreateTarget } from '../../lib/hooks/targets';
import { EMPTY_TARGET_DRAFT, TARGET_FIELD_PATHS, targetDraftProblems, targetInputOf, type TargetDraft } from '../../lib/targets/target-draft';
import { FormButtons } from '../forms/form-buttons';
import { FormProblems } from '../forms/form-problems';
import { SecretField } from '../forms/secret-field';
import { TextField } from '../forms/text-field';

/** Adds a target for Vigil to scrape; the API's problems show at the fields they name. */
export function TargetForm({ onDone }: { onDone: () => void }) {
  const create = useCreateTarget();
  const [draft, setDraft] = useState<TargetDraft>(EMPTY_TARGET_DRAFT);
  const [checked, setChecked] = useState<FieldProblem[]>([]);
  const id = useId();
  const failure = create.error;
  const problems = [...checked, ...(failure instanceof ApiError ? failure.fieldProblems : [])];
  const set = (changes: Partial<TargetDraft>) => setDraft((current) => ({ ...current, ...changes }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = targetDraftProblems(draft);
    setChecked(found);
    if (found.length > 0) return;
    create.mutate(targetInputOf(draft), { onSuccess: onDone });
  }

  return (
    <form className="card stack-sm" onSubmit={handleSubmit} aria-label="Add a scrape target" noValidate>
      <h2>Add a target</h2>
      <div className="form-grid">
        <TextField
          id={`${id}-service`}
          label="Service"
          autoFocus
          value={draft.service}
          onChange={(service) => set({ service })}
          hint="Lower-case letters, digits, dots, dashes and underscores"
          problems={problemsAt(problems, 'service')}
        />
        <TextField
          id={`${id}-url`}
          label="URL"
          inputMode="url"
          value={draft.url}
          onChange={(url) => set({ url })}
          hint="Its metrics endpoint, e.g. http://orders:3000/metrics"
          problems={problemsAt(problems, 'url')}
        />
        <TextField
          id={`${id}-instance`}
          label="Instance (optional)"
          value={draft.instance}
          onChange={(instance) => set({ instance })}
          hint="Default: host:port of the URL"
          problems={problemsAt(problems, 'instance')}
        />
        <TextField
          id={`${id}-interval`}
          label="Scrape interval"
          value={draft.scrapeInterval}
          onChange={(scrapeInterval) => set({ scrapeInterval })}
          problems={problemsAt(problems, 'scrapeInterval')}
        />
        <TextField
          id={`${id}-timeout`}
          label="Scrape timeout"
          value={draft.scrapeTimeout}
          onChange={(scrapeTimeout) => set({ scrapeTimeout })}
          hint="At most the interval"
          problems={problemsAt(problems, 'scrapeTimeout')}
        />
        <TextField
          id={`${id}-limit`}
          label="Sample limit"
          inputMode="numeric"
          value={draft.sampleLimit}
          onChange={(sampleLimit) => set({ sampleLimit })}
          hint="A scrape with more samples fails"
          problems={problemsAt(problems, 'sampleLimit')}
        />
        <SecretField
          id={`${id}-token`}
          label="Bearer token (optional)"
          draft={{ isStored: false, typed: draft.bearerToken }}
          onChange={({ typed }) => set({ bearerToken: typed })}
          hint="Sent as Authorization: Bearer …; stored, never shown again"
          problems={problemsAt(problems, 'bearerToken')}
        />
      </div>
      <p className="muted hint">Durations like 15s, 1m, 1h.</p>
      <FormProblems unclaimed={unclaimedProblems(problems, TARGET_FIELD_PATHS)} failure={failure} hasFieldProblems={problems.length > 0} />
      <FormButtons isPending={create.isPending} submitLabel="Add target" onCancel={onDone} />
    </form>
  );
}
