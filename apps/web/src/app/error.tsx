'use client';

import { useEffect } from 'react';

// Catches render errors below the root layout, so the header and navigation stay usable.
export default function RouteError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="stack">
      <h1>This page failed to load</h1>
      <div className="banner banner-bad" role="alert">
        <p className="banner-title">Something went wrong while showing this page.</p>
        <p className="banner-detail">{describe(error)}</p>
      </div>
      <div>
        <button type="button" className="button button-primary" onClick={() => retry()}>
          Try again
        </button>
      </div>
    </div>
  );
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Server errors reach the browser without their message; the digest finds them in the server log.
  const digest = 'digest' in error && typeof error.digest === 'string' ? ` (reference ${error.digest})` : '';
  return `${error.message}${digest}`;
}
