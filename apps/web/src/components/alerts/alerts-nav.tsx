'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const SECTIONS = [
  { href: '/alerts', label: 'Alerts' },
  { href: '/alerts/rules', label: 'Rules' },
  { href: '/alerts/silences', label: 'Silences' },
  { href: '/alerts/channels', label: 'Channels' },
  { href: '/alerts/escalation', label: 'Escalation' },
] as const;

export function AlertsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Alerting">
      <ul className="sub-nav">
        {SECTIONS.map(({ href, label }) => (
          <li key={href}>
            <Link href={href} aria-current={pathname === href ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
