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
            <Link href={href} className="nav-item" aria-current={isCurrent(href, pathname) ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
