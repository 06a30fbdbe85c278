'use client';

import type { ScrapeTarget } from '@vigil/types';
import { useNow } from '../../lib/use-now';
import { DataTable } from '../feedback/data-table';
import { TargetRow } from './target-row';

const COLUMNS = [
  { label: 'Service / source' },
  { label: 'Instance / URL' },
  { label: 'Health' },
  { label: 'Last scrape' },
  { label: 'Duration', className: 'numeric' },
  { label: 'Samples', className: 'numeric' },
  { label: 'Last error' },
  { label: 'Actions' },
] as const;

export function TargetTable({ targets }: { targets: readonly ScrapeTarget[] }) {
  // One clock for every row, so "12 s ago" moves on between refetches.
  const now = useNow(1_000);
  return (
    <DataTable
      caption="Scrape targets with the health of their last scrape"
      columns={COLUMNS}
      testId="targets-table"
      note="Open an instance for its details, its charts and the whole of its last error."
    >
      {targets.map((target) => (
        <TargetRow key={target.id} target={target} now={now} />
      ))}
    </DataTable>
  );
}
