'use client';

import { useSettings } from '../../lib/hooks/settings';
import { Freshness } from '../feedback/freshness';
import { QueryState } from '../feedback/query-state';
import { Skeleton } from '../feedback/skeleton';
import { SettingForm } from './setting-form';

export function SettingsList() {
  const settings = useSettings();
  return (
    <QueryState
      query={settings}
      label="Settings"
      skeleton={[0, 1].map((index) => (
        <div key={index} className="card stack-sm">
          <Skeleton width="14rem" height="1.5rem" />
          <Skeleton height="1rem" />
          <Skeleton width="20rem" height="2.5rem" />
        </div>
      ))}
      isEmpty={(list) => list.length === 0}
      empty={<p className="muted">The API exposes no settings.</p>}
    >
      {(list) => (
        // A failed background refetch leaves the last list editable; the page banner says why.
        <div className="stack">
          <Freshness query={settings} />
          {list.map((setting) => (
            <SettingForm key={setting.key} setting={setting} />
          ))}
        </div>
      )}
    </QueryState>
  );
}
