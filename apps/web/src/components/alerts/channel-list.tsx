'use client';

import type { Channel } from '@vigil/types';
import { useState } from 'react';
import { formatMs, formatTime } from '../../lib/format/units';
import { useChannelDeliveries, useChannels, useDeleteChannel, useTestChannel } from '../../lib/hooks/channels';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { ToneBadge } from '../feedback/status-badge';
import { EditDeleteActions } from '../forms/edit-delete-actions';
import { EditorSlot } from '../forms/editor-slot';
import { ChannelForm } from './channel-form';

function TestButton({ channel }: { channel: Channel }) {
  const test = useTestChannel();
  const result = test.data;
  return (
    <div className="stack-sm">
      <button type="button" className="button button-small" onClick={() => test.mutate(channel.id)} disabled={test.isPending}>
        {test.isPending ? 'Sending…' : 'Send test'}
        <span className="visually-hidden"> to {channel.name}</span>
      </button>
      <p role="status" className="hint">
        {result &&
          (result.isDelivered ? (
            <ToneBadge tone="ok" label={`Delivered in ${formatMs(result.durationMs)}`} />
          ) : (
            <>
              <ToneBadge tone="bad" label="Not delivered" /> {result.error ?? `status ${result.responseStatus ?? '?'}`}
            </>
          ))}
        {test.error && <span className="form-problem">{test.error.message}</span>}
      </p>
    </div>
  );
}

function Deliveries({ channel }: { channel: Channel }) {
  const [isOpen, setIsOpen] = useState(false);
  const deliveries = useChannelDeliveries(channel.id, { enabled: isOpen });
  return (
    <div>
      <button type="button" className="button button-small" aria-expanded={isOpen} onClick={() => setIsOpen(!isOpen)}>
        {isOpen ? 'Hide deliveries' : 'Deliveries'}
      </button>
      {isOpen && (
        <QueryState query={deliveries} label="Deliveries" isEmpty={(list) => list.length === 0} empty={<p className="muted">Nothing sent yet.</p>}>
          {(list) => (
            <ul className="label-list">
              {list.slice(0, 10).map((delivery) => (
                <li key={delivery.id}>
                  {formatTime(delivery.createdAt)} · {delivery.kind} · {delivery.status} · {delivery.attempts} attempts
                  {delivery.lastError && ` · ${delivery.lastError}`}
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      )}
    </div>
  );
}

export function ChannelList() {
  const channels = useChannels();
  const remove = useDeleteChannel();
  const [editing, setEditing] = useState<Channel | 'new' | null>(null);
  return (
    <>
      <EditorSlot
        form={editing && <ChannelForm channel={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
        newLabel="New channel"
        onNew={() => setEditing('new')}
      />
      <Panel title="Notification channels" aside={<Freshness query={channels} />}>
        <QueryState query={channels} label="Channels" isEmpty={(list) => list.length === 0} empty={<p className="muted">No channels configured.</p>}>
          {(list) => (
            <ul className="alert-list">
              {list.map((channel) => (
                <li key={channel.id} className="card alert-item" data-channel-id={channel.id}>
                  <div className="alert-main">
                    <p className="alert-title">
                      <strong>{channel.name}</strong>
                      <span className="tag">{channel.type}</span>
                      {channel.isDefault && <span className="tag">default</span>}
                      <ToneBadge tone={channel.enabled ? 'ok' : 'unknown'} label={channel.enabled ? 'Enabled' : 'Disabled'} />
                    </p>
                    <Deliveries channel={channel} />
                  </div>
                  <div className="stack-sm">
                    <TestButton channel={channel} />
                    <EditDeleteActions
                      what="channel"
                      name={channel.name}
                      consequence="Its pending deliveries are dropped, and rules and escalation levels stop naming it."
                      onEdit={() => setEditing(channel)}
                      onDelete={() => remove.mutate(channel.id)}
                      isDeleting={remove.isPending && remove.variables === channel.id}
                      deleteError={remove.variables === channel.id ? remove.error : null}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </Panel>
    </>
  );
}
