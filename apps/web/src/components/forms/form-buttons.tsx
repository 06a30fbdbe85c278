interface FormButtonsProps {
  isPending: boolean;
  submitLabel: string;
  onCancel: () => void;
}

/** Submit (reading "Saving…" while the call runs) and Cancel. */
export function FormButtons({ isPending, submitLabel, onCancel }: FormButtonsProps) {
  return (
    <div className="actions">
      <button type="submit" className="button button-primary" disabled={isPending}>
        {isPending ? 'Saving…' : submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
