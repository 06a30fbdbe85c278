import type { LoadBalancerFlag, LoadBalancerView } from '@vigil/types';
import { formatMs, formatPercent } from '../../lib/format/units';
import { describeFlag, describeReadiness, formatImbalance, formatRequests, formatVariation } from '../../lib/scaling/load-balance-text';
import { DataTable } from '../feedback/data-table';
import { ToneBadge } from '../feedback/status-badge';
import type { StatusTone } from '../feedback/status-icon';

const COLUMNS = [
  { label: 'Instance' },
  { label: 'Requests', className: 'numeric' },
  { label: 'Share', className: 'numeric' },
  { label: 'p95', className: 'numeric' },
  { label: 'Error rate', className: 'numeric' },
  { label: 'Readiness' },
  { label: 'Flags' },
] as const;

const percentOf = (ratio: number | null) => formatPercent(ratio === null ? null : ratio * 100);

function readinessTone(isReady: boolean | null): StatusTone {
  if (isReady === null) return 'unknown';
  return isReady ? 'ok' : 'bad';
}

const FLAG_TONES: Record<LoadBalancerFlag, StatusTone> = { overloaded: 'warn', 'not-ready-with-traffic': 'bad' };

function Flags({ flags }: { flags: readonly LoadBalancerFlag[] }) {
  if (flags.length === 0) return <span className="muted">none</span>;
  return (
    <>
      {flags.map((flag) => (
        <ToneBadge key={flag} tone={FLAG_TONES[flag]} label={describeFlag(flag)} />
      ))}
    </>
  );
}

/** How evenly the requests spread, then each instance's part of them. */
export function LoadBalancerTable({ view }: { view: LoadBalancerView }) {
  return (
    <div className="stack-sm">
      <dl className="figures">
        <div>
          <dt>Requests</dt>
          <dd>{formatRequests(view.totalRequests)}</dd>
        </div>
        <div>
          <dt>Even share</dt>
          <dd>{percentOf(view.meanShare)}</dd>
        </div>
        <div>
          <dt>Imbalance</dt>
          <dd>{formatImbalance(view.imbalance)}</dd>
        </div>
        <div>
          <dt>Coefficient of variation</dt>
          <dd>{formatVariation(view.coefficientOfVariation)}</dd>
        </div>
      </dl>
      <DataTable
        caption={`Requests of ${view.service} per instance in the last ${view.window}`}
        columns={COLUMNS}
        testId="scaling-load-balancer"
        note="Imbalance is the largest share over the even share: 1.00× is even. The coefficient of variation is the shares' standard deviation over their mean: 0 is even. Both need requests in the window."
      >
        {view.instances.map((instance) => (
          <tr key={instance.instance}>
            <th scope="row" className="mono">
              {instance.instance}
            </th>
            <td className="numeric" data-label="Requests">{formatRequests(instance.requests)}</td>
            <td className="numeric" data-label="Share">{percentOf(instance.share)}</td>
            <td className="numeric" data-label="p95">{formatMs(instance.p95Seconds === null ? null : instance.p95Seconds * 1_000)}</td>
            <td className="numeric" data-label="Error rate">{percentOf(instance.errorRate)}</td>
            <td data-label="Readiness">
              <ToneBadge tone={readinessTone(instance.isReady)} label={describeReadiness(instance.isReady)} />
            </td>
            <td data-label="Flags">
              <Flags flags={instance.flags} />
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
