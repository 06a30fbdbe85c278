'use client';

import { useEffect } from 'react';
import './globals.css';

// Replaces the root layout when it fails (e.g. an invalid VIGIL_API_URL), so it brings its own document.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  return (
    <html lang="en">
      <body>
        <title>Vigil — error</title>
        <main className="app-main stack">
          <h1>Vigil could not start this page</h1>
          <div className="banner banner-bad" role="alert">
            <p className="banner-title">The monitoring page failed before it could render.</p>
            <p className="banner-detail">
              {digest ? `The server log has the details under reference ${digest}.` : 'See the browser console for details.'}
            </p>
          </div>
          <div>
            <button type="button" className="button button-primary" onClick={() => retry()}>
              Try again
            </button>
          </div>
        </main>
      </body>
    </html>
  );
}
