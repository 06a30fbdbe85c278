'use client';

import type { AlertRule } from '@vigil/types';
import { useState } from 'react';
import { describeCondition, ruleToInput } from '../../lib/alerts/rule-input';
import { useAlertRules, useUpdateAlertRule } from '../../lib/hooks/alert-rules';
import { DataTable } from '../feedback/data-table';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { EditorSlot } from '../forms/editor-slot';
import { RuleForm } from './rule-form';
import { SeverityBadge } from './severity-badge';

function EnableToggle({ rule }: { rule: AlertRule }) {
  const update = useUpdateAlertRule();
  return (
    <>
      <button
        type="button"
        className="button button-small"
        role="switch"
        aria-checked={rule.enabled}
        disabled={update.isPending}
        onClick={() => update.mutate({ id: rule.id, input: ruleToInput(rule, { enabled: !rule.enabled }) })}
      >
        {rule.enabled ? 'Enabled' : 'Disabled'}
        <span className="visually-hidden"> {rule.name}</span>
      </button>
      {update.error && (
        <span className="form-problem" role="alert">
          {update.error.message}
        </span>
      )}
    </>
  );
}

const COLUMNS = [{ label: 'Rule' }, { label: 'Condition' }, { label: 'Severity' }, { label: 'State' }, { label: 'Actions' }] as const;

export function RuleList() {
  const rules = useAlertRules();
  const [editing, setEditing] = useState<AlertRule | 'new' | null>(null);
  return (
    <>
      <EditorSlot
        form={editing && <RuleForm rule={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
        newLabel="New rule"
        onNew={() => setEditing('new')}
      />
      <Panel title="Rules" aside={<Freshness query={rules} />}>
        <QueryState query={rules} label="Alert rules" isEmpty={(list) => list.length === 0} empty={<p className="muted">No rules yet.</p>}>
          {(list) => (
            <DataTable caption="Alert rules" columns={COLUMNS} testId="rule-list">
              {list.map((rule) => (
                <tr key={rule.id}>
                  <th scope="row">
                    {rule.name}
                    {rule.isDefault && <span className="tag">built-in</span>}
                    {rule.annotations.summary && <span className="component-message">{rule.annotations.summary}</span>}
                  </th>
                  <td className="statement" data-label="Condition">{describeCondition(rule)}</td>
                  <td data-label="Severity">
                    <SeverityBadge severity={rule.severity} />
                  </td>
                  <td data-label="State">
                    <EnableToggle rule={rule} />
                  </td>
                  <td>
                    <button type="button" className="button button-small" onClick={() => setEditing(rule)}>
                      Edit<span className="visually-hidden"> {rule.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </QueryState>
      </Panel>
    </>
  );
}
