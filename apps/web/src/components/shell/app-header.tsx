'use client';

import { useSettings } from '../../lib/hooks/settings';
import { serviceNameFrom } from '../../lib/settings';
import { RefreshControl } from './refresh-control';
import { ServicePicker } from './service-picker';

export function AppHeader() {
  const { data } = useSettings();
  const serviceName = serviceNameFrom(data);
  return (
    <header className="app-header">
      <span className="brand">
        <svg className="brand-mark" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M2 12h4l3-7 4 14 3-7h6" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Vigil
      </span>
      {/* Nothing while loading or failing: the banner below reports API problems. */}
      {serviceName && (
        <span className="service-name">
          <span className="visually-hidden">Monitored service: </span>
          {serviceName}
        </span>
      )}
      <div className="header-controls">
        <ServicePicker />
        <RefreshControl />
      </div>
    </header>
  );
}
