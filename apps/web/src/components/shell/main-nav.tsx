'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { SERVICE_PARAM, serviceOf } from '../../lib/services/service-scope';
import { isCurrent, NAV_ITEMS } from './nav-items';

/** Each link carries the picked service on, so it holds from page to page. */
export function MainNav() {
  const pathname = usePathname();
  const service = serviceOf(useSearchParams());
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {NAV_ITEMS.map(({ label, href }) => (
          <li key={label}>
            {href ? (
              <Link
                href={{ pathname: href, query: service ? { [SERVICE_PARAM]: service } : {} }}
                className="nav-item"
                aria-current={isCurrent(href, pathname) ? 'page' : undefined}
              >
                {label}
              </Link>
            ) : (
              <span className="nav-item is-disabled" aria-disabled="true">
                {label}
                <span className="soon-tag">soon</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
