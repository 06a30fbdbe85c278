import type { ReactNode } from 'react';

export interface DataTableColumn {
  label: string;
  className?: string;
}

interface DataTableProps {
  /** What the rows are: read by screen readers only unless `showCaption` is set. */
  caption: string;
  /** Shown as the table's title, for a panel that holds several tables. */
  showCaption?: boolean;
  columns: readonly DataTableColumn[];
  testId?: string;
  /** Off for a short table whose cells carry no `data-label`: it keeps its columns on a phone. */
  stackOnPhone?: boolean;
  /** A muted line under the table: what the rows leave out or how to read them. */
  note?: ReactNode;
  /** The rows: `<tr>`s whose cells carry `data-label` for the phone layout. */
  children: ReactNode;
}

/** A table that scrolls inside its own box on a wide screen and stacks into cards on a phone. */
export function DataTable({ caption, showCaption = false, columns, testId, stackOnPhone = true, note, children }: DataTableProps) {
  return (
    <div className="table-scroll">
      <table className={stackOnPhone ? 'data-table stack-on-phone' : 'data-table'} data-testid={testId}>
        <caption className={showCaption ? 'table-caption' : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.className}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {note && <p className="muted hint">{note}</p>}
    </div>
  );
}
