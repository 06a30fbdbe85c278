'use client';

import Link from 'next/link';
import { useTarget } from '../../lib/hooks/targets';
import { useNow } from '../../lib/use-now';
import { RangePicker } from '../charts/range-picker';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { AgentFigures } from './agent-figures';
import { InstanceCharts } from './instance-charts';
import { TargetFigures } from './target-figures';

/** One instance: how it is scraped, what its agent reported, and its history. */
export function TargetDetailView({ id }: { id: string }) {
  const target = useTarget(id);
  const now = useNow(1_000);
  return (
    <div className="stack">
      <p>
        <Link href="/instances">← All instances</Link>
      </p>
      <QueryState query={target} label="Instance">
        {(detail) => (
          <>
            <div className="page-head">
              <h1>
                <span className="mono">{detail.service}</span> · <span className="mono">{detail.instance}</span>
              </h1>
              <Freshness query={target} />
            </div>
            <TargetFigures target={detail} now={now} />
            <Panel title="Agent">
              <AgentFigures agent={detail.agent} now={now} />
            </Panel>
            <Panel title="History" aside={<RangePicker />}>
              <InstanceCharts target={detail} />
            </Panel>
          </>
        )}
      </QueryState>
    </div>
  );
}
