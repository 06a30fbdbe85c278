'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { isCurrent, NAV_ITEMS } from './nav-items';

export function MainNav() {
  const pathname = usePathname();
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {NAV_ITEMS.map(({ label, href }) => (
          <li key={label}>
            {href ? (
              <Link href={href} className="nav-item" aria-current={isCurrent(href, pathname) ? 'page' : undefined}>
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
