import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ApiStatusBanner } from '../components/feedback/api-status-banner';
import { Providers } from '../components/providers';
import { AppHeader } from '../components/shell/app-header';
import { MainNav } from '../components/shell/main-nav';
import { readRuntimeConfig } from '../config/runtime-config';
import './globals.css';

// VIGIL_API_URL is read per request, so one build serves any environment.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Vigil', template: '%s · Vigil' },
  description: 'Monitoring page for the services Vigil watches.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const { apiUrl } = readRuntimeConfig();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Providers apiUrl={apiUrl}>
          <div className="app">
            <AppHeader />
            <div className="app-body">
              <MainNav />
              <main id="main" className="app-main">
                <ApiStatusBanner />
                {children}
              </main>
            </div>
          </div>
        </Providers>
      </body>
    </html>
  );
}
