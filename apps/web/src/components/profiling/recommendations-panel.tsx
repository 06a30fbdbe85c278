'use client';

import type { RecommendationSeverity } from '@vigil/types';
import { useRecommendations } from '../../lib/hooks/profiler';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { ToneBadge } from '../feedback/status-badge';
import type { StatusTone } from '../feedback/status-icon';

const TONE: Record<RecommendationSeverity, StatusTone> = { critical: 'bad', warning: 'warn', info: 'unknown' };
const LABEL: Record<RecommendationSeverity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' };

export function RecommendationsPanel() {
  const report = useRecommendations();
  return (
    <Panel title="Recommendations for this API" aside={<Freshness query={report} />}>
      <QueryState
        query={report}
        label="Recommendations"
        isEmpty={(data) => data.items.length === 0}
        empty={<p className="all-clear">Nothing to recommend: the runtime figures and latest profiles look healthy.</p>}
      >
        {(data) => (
          <ul className="recommendations">
            {data.items.map((item) => (
              <li key={item.rule} className="stack-sm">
                <p>
                  <ToneBadge tone={TONE[item.severity]} label={LABEL[item.severity]} /> <strong>{item.title}</strong>
                </p>
                <p>{item.advice}</p>
                <p className="muted hint">
                  {Object.entries(item.evidence)
                    .map(([key, value]) => `${key}: ${String(value)}`)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Panel>
  );
}
