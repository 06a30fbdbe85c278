'use client';

import { useSettings } from '../../lib/hooks/use-settings';
import { ApiProblemBanner } from '../feedback/api-problem-banner';
import { Skeleton } from '../feedback/skeleton';
import { SettingForm } from './setting-form';

export function SettingsList() {
  const settings = useSettings();

  if (settings.data) {
    return (
      <div className="stack">
        {/* A failed background refetch leaves the last list editable. */}
        <ApiProblemBanner error={settings.error} />
        {settings.data.map((setting) => (
          <SettingForm key={setting.key} setting={setting} />
        ))}
      </div>
    );
  }

  if (settings.isError) {
    return (
      <div className="stack">
        <ApiProblemBanner error={settings.error} />
        <div>
          <button type="button" className="button" onClick={() => void settings.refetch()} disabled={settings.isFetching}>
            {settings.isFetching ? 'Trying again…' : 'Try again'}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="stack" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading settings…
      </p>
      {[0, 1].map((index) => (
        <div key={index} className="card stack-sm">
          <Skeleton width="14rem" height="1.5rem" />
          <Skeleton height="1rem" />
          <Skeleton width="20rem" height="2.5rem" />
        </div>
      ))}
    </div>
  );
}
