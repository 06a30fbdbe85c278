import type { ReactNode } from 'react';

export interface DataTableColumn {
  label: string;
  className?: string;
}

interface DataTableProps {
  /** Read by screen readers only: what the rows are. */
  caption: string;
  columns: readonly DataTableColumn[];
  testId?: string;
  /** The rows: `<tr>`s whose cells carry `data-label` for the phone layout. */
  children: ReactNode;
}

/** A table that scrolls inside its own box on a wide screen and stacks into cards on a phone. */
export function DataTable({ caption, columns, testId, children }: DataTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table stack-on-phone" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
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
    </div>
  );
}
