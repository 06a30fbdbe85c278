'use client';

import { usePathname } from 'next/navigation';
import { useId } from 'react';
import { useTargets } from '../../lib/hooks/targets';
import { isServiceScoped, serviceChoices, servicesOfTargets } from '../../lib/services/service-scope';
import { usePickedService } from '../../lib/services/use-picked-service';

/**
 * One service, or all, for the pages whose data carries a service; kept in `?service=` so
 * a reload or a link keeps it. Elsewhere it stays visible (the nav links carry it on) but
 * says it does not narrow the page, rather than seeming to.
 */
export function ServicePicker() {
  const [service, pick] = usePickedService();
  const pathname = usePathname();
  const targets = useTargets({});
  const id = useId();
  // Only worth saying once a service is picked: "All services" is what every page shows.
  const unapplied = service !== '' && !isServiceScoped(pathname);
  const choices = serviceChoices(servicesOfTargets(targets.data ?? []), service);
  return (
    <div className="service-picker">
      <label htmlFor={id}>Service</label>
      <select
        id={id}
        className="input input-compact"
        value={service}
        onChange={(event) => pick(event.target.value)}
        aria-describedby={unapplied ? `${id}-scope` : undefined}
        data-testid="service-picker"
      >
        <option value="">All services</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
      {unapplied && (
        <span id={`${id}-scope`} className="muted hint">
          not applied on this page
        </span>
      )}
    </div>
  );
}
