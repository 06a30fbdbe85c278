'use client';

import { CHANNEL_TYPES, type Channel, type FieldProblem } from '@vigil/types';
import { useId, useState, type FormEvent } from 'react';
import { channelDraftOf, channelInputOf, CONFIG_FIELDS, localProblems, type ChannelDraft } from '../../lib/alerts/channel-draft';
import { problemsAt, unclaimedProblems } from '../../lib/alerts/field-problems';
import { ApiError } from '../../lib/api-client';
import { useCreateChannel, useUpdateChannel } from '../../lib/hooks/channels';
import { FormButtons } from '../forms/form-buttons';
import { FormField } from '../forms/form-field';
import { FormProblems } from '../forms/form-problems';
import { CheckField, TextField } from '../forms/text-field';
import { ChannelConfigFields } from './channel-config-fields';

const TYPE_LABELS = { webhook: 'Webhook', slack: 'Slack', email: 'Email (SMTP)', pagerduty: 'PagerDuty', sms: 'SMS gateway' } as const;

/** Create a channel, or edit one: a full PUT in which untouched secrets go back masked. */
export function ChannelForm({ channel, onDone }: { channel: Channel | null; onDone: () => void }) {
  const create = useCreateChannel();
  const update = useUpdateChannel();
  const [draft, setDraft] = useState<ChannelDraft>(() => channelDraftOf(channel));
  const [checked, setChecked] = useState<FieldProblem[]>([]);
  const id = useId();
  const failure = create.error ?? update.error;
  const problems = [...checked, ...(failure instanceof ApiError ? failure.fieldProblems : [])];
  const shownPaths = ['name', 'type', 'isDefault', 'enabled', ...CONFIG_FIELDS[draft.type].map((field) => `config.${field}`)];
  const otherProblems = unclaimedProblems(problems, shownPaths);
  const isPending = create.isPending || update.isPending;
  const set = (changes: Partial<ChannelDraft>) => setDraft((current) => ({ ...current, ...changes }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = localProblems(draft);
    setChecked(found);
    if (found.length > 0) return;
    const input = channelInputOf(draft);
    if (channel) update.mutate({ id: channel.id, input }, { onSuccess: onDone });
    else create.mutate(input, { onSuccess: onDone });
  }

  return (
    <form className="card stack-sm" onSubmit={handleSubmit} aria-label={channel ? `Edit channel ${channel.name}` : 'New channel'} noValidate>
      <h2>{channel ? `Edit ${channel.name}` : 'New channel'}</h2>
      <div className="form-grid">
        <TextField id={`${id}-name`} label="Name" autoFocus value={draft.name} onChange={(name) => set({ name })} problems={problemsAt(problems, 'name')} />
        <FormField id={`${id}-type`} label="Type" problems={problemsAt(problems, 'type')}>
          {(aria) => (
            <select {...aria} className="input" value={draft.type} onChange={(event) => set({ type: CHANNEL_TYPES.find((type) => type === event.target.value) ?? draft.type })}>
              {CHANNEL_TYPES.map((type) => (
                <option key={type} value={type}>
                  {TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <CheckField id={`${id}-enabled`} label="Enabled" checked={draft.enabled} onChange={(enabled) => set({ enabled })} problems={problemsAt(problems, 'enabled')} />
        <CheckField
          id={`${id}-default`}
          label="Default channel"
          checked={draft.isDefault}
          onChange={(isDefault) => set({ isDefault })}
          problems={problemsAt(problems, 'isDefault')}
        />
      </div>
      <p className="muted hint">Default channels get the alerts of rules that name no channel, and every alert Prometheus posts.</p>
      <div className="form-grid">
        <ChannelConfigFields id={id} type={draft.type} configs={draft.configs} onChange={(configs) => set({ configs })} problems={problems} />
      </div>
      <FormProblems unclaimed={otherProblems} failure={failure} hasFieldProblems={problems.length > 0} />
      <FormButtons isPending={isPending} submitLabel={channel ? 'Save channel' : 'Create channel'} onCancel={onDone} />
    </form>
  );
}
