'use client';

import type { AlertSummary } from '@vigil/types';
import { useState } from 'react';
import { useAcknowledgeAlert, useResolveAlert } from '../../lib/hooks/alerts';
import { SilenceAlertForm } from './silence-alert-form';

const ACTOR = 'monitoring page';

/** Acknowledge, resolve and silence: the same buttons in the list and on the detail view. */
export function AlertActions({ alert }: { alert: AlertSummary }) {
  const acknowledge = useAcknowledgeAlert();
  const resolve = useResolveAlert();
  const [isSilencing, setIsSilencing] = useState(false);
  const isOpen = alert.status !== 'resolved' && alert.status !== 'inactive';
  const failure = acknowledge.error ?? resolve.error;
  if (!isOpen) return null;
  return (
    <div className="stack-sm">
      <div className="row-actions">
        {alert.status === 'firing' && (
          <button
            type="button"
            className="button button-small button-primary"
            onClick={() => acknowledge.mutate({ id: alert.id, input: { actor: ACTOR } })}
            disabled={acknowledge.isPending}
          >
            {acknowledge.isPending ? 'Acknowledging…' : 'Acknowledge'}
            <span className="visually-hidden"> {alert.name}</span>
          </button>
        )}
        <button
          type="button"
          className="button button-small"
          onClick={() => resolve.mutate({ id: alert.id, input: { actor: ACTOR } })}
          disabled={resolve.isPending}
        >
          {resolve.isPending ? 'Resolving…' : 'Resolve'}
          <span className="visually-hidden"> {alert.name}</span>
        </button>
        {alert.silencedBy.length === 0 && !isSilencing && (
          <button type="button" className="button button-small" onClick={() => setIsSilencing(true)}>
            Silence…<span className="visually-hidden"> {alert.name}</span>
          </button>
        )}
      </div>
      {isSilencing && <SilenceAlertForm alert={alert} onDone={() => setIsSilencing(false)} />}
      {failure && (
        <p className="form-problem" role="alert">
          {failure.message}
        </p>
      )}
    </div>
  );
}
