'use client';

import type { Channel, EscalationPolicy } from '@vigil/types';
import { useState } from 'react';
import { useChannels } from '../../lib/hooks/channels';
import { useDeleteEscalationPolicy, useEscalationPolicies } from '../../lib/hooks/escalation-policies';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { EditDeleteActions } from '../forms/edit-delete-actions';
import { EditorSlot } from '../forms/editor-slot';
import { EscalationPolicyForm } from './escalation-policy-form';

function levelText(policy: EscalationPolicy, channels: Channel[]): string[] {
  const names = new Map(channels.map((channel) => [channel.id, channel.name]));
  return policy.levels.map((level) => `after ${level.afterMinutes} min → ${level.channelIds.map((id) => names.get(id) ?? id).join(', ')}`);
}

export function EscalationPolicyList() {
  const policies = useEscalationPolicies();
  const channels = useChannels();
  const remove = useDeleteEscalationPolicy();
  const channelList = channels.data ?? [];
  const [editing, setEditing] = useState<EscalationPolicy | 'new' | null>(null);
  return (
    <>
      <EditorSlot
        form={editing && <EscalationPolicyForm policy={editing === 'new' ? null : editing} channels={channelList} onDone={() => setEditing(null)} />}
        newLabel="New policy"
        onNew={() => setEditing('new')}
        isNewDisabled={!channels.data}
      />
      <Panel title="Escalation policies" aside={<Freshness query={policies} />}>
        <QueryState query={policies} label="Escalation policies" isEmpty={(list) => list.length === 0} empty={<p className="muted">No escalation policies yet.</p>}>
          {(list) => (
            <ul className="alert-list" data-testid="escalation-policy-list">
              {list.map((policy) => (
                <li key={policy.id} className="card alert-item" data-policy-id={policy.id}>
                  <div className="alert-main">
                    <p className="alert-title">
                      <strong>{policy.name}</strong>
                    </p>
                    <ol className="label-list">
                      {levelText(policy, channelList).map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                    </ol>
                  </div>
                  <EditDeleteActions
                    what="escalation policy"
                    name={policy.name}
                    consequence="Rules that use it stop escalating."
                    onEdit={() => setEditing(policy)}
                    onDelete={() => remove.mutate(policy.id)}
                    isDeleting={remove.isPending && remove.variables === policy.id}
                    deleteError={remove.variables === policy.id ? remove.error : null}
                  />
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </Panel>
    </>
  );
}
