'use client';

import type { ServiceScalingPolicy } from '@vigil/types';
import { useState } from 'react';
import { formatTime } from '../../lib/format/units';
import { useScalingPolicy } from '../../lib/hooks/scaling';
import { describeRules } from '../../lib/scaling/policy-text';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { PolicyEditor } from './policy-editor';

function PolicySummary({ policy }: { policy: ServiceScalingPolicy }) {
  return (
    <dl className="setting-summary">
      <div>
        <dt>Replicas</dt>
        <dd>
          {policy.minReplicas} to {policy.maxReplicas}
        </dd>
      </div>
      <div>
        <dt>Scale up</dt>
        <dd>{describeRules(policy.behavior.scaleUp)}</dd>
      </div>
      <div>
        <dt>Scale down</dt>
        <dd>{describeRules(policy.behavior.scaleDown)}</dd>
      </div>
      <div>
        <dt>Stored</dt>
        <dd>{policy.isDefault ? 'no: these are the defaults' : formatTime(policy.updatedAt)}</dd>
      </div>
    </dl>
  );
}

/** The stored policy, and its editor once asked for; the metrics' thresholds show in the table above. */
export function PolicyPanel({ service }: { service: string }) {
  const policy = useScalingPolicy(service);
  const [isEditing, setIsEditing] = useState(false);
  return (
    <Panel title="Policy" aside={<Freshness query={policy} />}>
      <QueryState query={policy} label="Scaling policy">
        {(stored) =>
          isEditing ? (
            <PolicyEditor policy={stored} onDone={() => setIsEditing(false)} />
          ) : (
            <div className="stack-sm">
              <PolicySummary policy={stored} />
              <div>
                <button type="button" className="button button-primary" onClick={() => setIsEditing(true)}>
                  Edit policy<span className="visually-hidden"> of {service}</span>
                </button>
              </div>
            </div>
          )
        }
      </QueryState>
    </Panel>
  );
}
