'use client';

import type { ScrapeTarget } from '@vigil/types';
import { useDeleteTarget } from '../../lib/hooks/targets';
import { canDeleteTarget, deleteConsequence, readOnlyReason } from '../../lib/targets/target-source';
import { ConfirmDelete } from '../forms/confirm-delete';

/** Delete (asked once more) for targets of the API and of agents; for the others, why they are read-only. */
export function TargetRowActions({ target }: { target: ScrapeTarget }) {
  const remove = useDeleteTarget();
  if (!canDeleteTarget(target.source)) {
    return <p className="muted hint">Read-only. {readOnlyReason(target.source)}</p>;
  }
  return (
    <ConfirmDelete
      what="target"
      name={`${target.service} ${target.instance}`}
      consequence={deleteConsequence(target.source)}
      onConfirm={() => remove.mutate(target.id)}
      isPending={remove.isPending}
      error={remove.error}
    />
  );
}
