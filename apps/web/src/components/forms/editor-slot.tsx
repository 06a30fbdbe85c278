import type { ReactNode } from 'react';

interface EditorSlotProps {
  /** The open create or edit form, or null for the "New …" button. */
  form: ReactNode | null;
  newLabel: string;
  onNew: () => void;
  isNewDisabled?: boolean;
}

/** Above a list: its open form, or the button that opens an empty one. */
export function EditorSlot({ form, newLabel, onNew, isNewDisabled = false }: EditorSlotProps) {
  if (form) return <>{form}</>;
  return (
    <div>
      <button type="button" className="button button-primary" onClick={onNew} disabled={isNewDisabled}>
        {newLabel}
      </button>
    </div>
  );
}
