/** Pages without an `href` have no API yet: they show in the nav, disabled, until they do. */
export interface NavItem {
  label: string;
  href?: '/' | '/settings';
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Overview', href: '/' },
  { label: 'System' },
  { label: 'Application' },
  { label: 'Health' },
  { label: 'Alerts' },
  { label: 'Profiling' },
  { label: 'Scaling' },
  { label: 'Settings', href: '/settings' },
];
