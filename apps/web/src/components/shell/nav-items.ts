/** Pages without an `href` have no API yet: they show in the nav, disabled, until they do. */
export interface NavItem {
  label: string;
  href?: '/' | '/system' | '/application' | '/health' | '/instances' | '/alerts' | '/profiling' | '/scaling' | '/settings';
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Overview', href: '/' },
  { label: 'System', href: '/system' },
  { label: 'Application', href: '/application' },
  { label: 'Health', href: '/health' },
  { label: 'Instances', href: '/instances' },
  { label: 'Alerts', href: '/alerts' },
  { label: 'Profiling', href: '/profiling' },
  { label: 'Scaling', href: '/scaling' },
  { label: 'Settings', href: '/settings' },
];

/** A section stays highlighted on its sub-pages (`/alerts/rules` lights up Alerts). */
export function isCurrent(href: NonNullable<NavItem['href']>, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
