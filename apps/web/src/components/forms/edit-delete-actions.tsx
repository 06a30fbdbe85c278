import { ConfirmDelete } from './confirm-delete';

interface EditDeleteActionsProps {
  what: string;
  name: string;
  consequence: string;
  onEdit: () => void;
  onDelete: () => void;
  isDeleting: boolean;
  deleteError: Error | null;
}

/** Edit and Delete (with its confirmation) for one item of a list. */
export function EditDeleteActions({ what, name, consequence, onEdit, onDelete, isDeleting, deleteError }: EditDeleteActionsProps) {
  return (
    <div className="row-actions">
      <button type="button" className="button button-small" onClick={onEdit}>
        Edit<span className="visually-hidden"> {name}</span>
      </button>
      <ConfirmDelete what={what} name={name} consequence={consequence} onConfirm={onDelete} isPending={isDeleting} error={deleteError} />
    </div>
  );
}
