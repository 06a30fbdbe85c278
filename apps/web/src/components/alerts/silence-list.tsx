'use client';

import type { Silence } from '@vigil/types';
import { formatTime } from '../../lib/format/units';
import { useExpireSilence, useSilences } from '../../lib/hooks/silences';
import { DataTable } from '../feedback/data-table';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';

function matcherText(silence: Silence): string {
  return silence.matchers
    .map((matcher) => `${matcher.name}${matcher.isEqual === false ? '!' : ''}${matcher.isRegex ? '=~' : '='}"${matcher.value}"`)
    .join(', ');
}

function ExpireButton({ silence }: { silence: Silence }) {
  const expire = useExpireSilence();
  return (
    <>
      <button type="button" className="button button-small button-danger" onClick={() => expire.mutate(silence.id)} disabled={expire.isPending}>
        {expire.isPending ? 'Expiring…' : 'Expire'}
        <span className="visually-hidden"> silence {matcherText(silence)}</span>
      </button>
      {expire.error && (
        <span className="form-problem" role="alert">
          {expire.error.message}
        </span>
      )}
    </>
  );
}

const COLUMNS = [{ label: 'Matchers' }, { label: 'Ends' }, { label: 'By' }, { label: 'Reason' }, { label: 'Actions' }] as const;

export function SilenceList() {
  const silences = useSilences('active');
  return (
    <Panel title="Active silences" aside={<Freshness query={silences} />}>
      <QueryState query={silences} label="Silences" isEmpty={(list) => list.length === 0} empty={<p className="muted">Nothing is silenced.</p>}>
        {(list) => (
          <DataTable caption="Active silences" columns={COLUMNS}>
            {list.map((silence) => (
              <tr key={silence.id}>
                <th scope="row" className="statement">{matcherText(silence)}</th>
                <td data-label="Ends">{formatTime(silence.endsAt)}</td>
                <td data-label="By">{silence.createdBy}</td>
                <td data-label="Reason">{silence.comment}</td>
                <td>
                  <ExpireButton silence={silence} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </Panel>
  );
}
