'use client';

import { useState } from 'react';

interface ConfirmDeleteProps {
  /** What is deleted, for the question: "channel", "escalation policy". */
  what: string;
  name: string;
  /** What deleting also does, said before the person confirms. */
  consequence?: string;
  onConfirm: () => void;
  isPending: boolean;
  error: Error | null;
}

/** A Delete button that asks once more, in place, before it deletes. */
export function ConfirmDelete({ what, name, consequence, onConfirm, isPending, error }: ConfirmDeleteProps) {
  const [isAsking, setIsAsking] = useState(false);
  if (!isAsking) {
    return (
      <button type="button" className="button button-small button-danger" onClick={() => setIsAsking(true)}>
        Delete<span className="visually-hidden"> {what} {name}</span>
      </button>
    );
  }
  return (
    <div className="stack-sm" role="group" aria-label={`Delete ${what} ${name}?`}>
      <p>
        Delete {what} <strong>{name}</strong>?{consequence && ` ${consequence}`}
      </p>
      <div className="row-actions">
        {/* Opened by the Delete button: focus follows the person's action. */}
        <button type="button" autoFocus className="button button-small button-danger" onClick={onConfirm} disabled={isPending}>
          {isPending ? 'Deleting…' : `Yes, delete ${what}`}
        </button>
        <button type="button" className="button button-small" onClick={() => setIsAsking(false)} disabled={isPending}>
          Keep it
        </button>
      </div>
      {error && (
        <p className="form-problem" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}
