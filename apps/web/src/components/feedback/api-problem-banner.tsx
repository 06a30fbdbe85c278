'use client';

import { ApiError, ApiUnreachableError } from '../../lib/api-client';
import { useApiClient } from '../../lib/api-client-context';

function describe(error: Error, apiUrl: string): { title: string; detail: string } {
  if (error instanceof ApiUnreachableError) {
    return { title: `Cannot reach the Vigil API at ${apiUrl}`, detail: error.message };
  }
  if (error instanceof ApiError) {
    return { title: `The Vigil API answered with an unexpected error (${error.status})`, detail: error.message };
  }
  return { title: 'Something unexpected went wrong while talking to the Vigil API', detail: error.message };
}

/** Renders nothing without an error, so callers can pass a query's `error` straight in. */
export function ApiProblemBanner({ error }: { error: Error | null }) {
  const { baseUrl } = useApiClient();
  if (!error) return null;
  const { title, detail } = describe(error, baseUrl);
  return (
    <div className="banner banner-bad" role="alert">
      <p className="banner-title">{title}</p>
      <p className="banner-detail">{detail}</p>
    </div>
  );
}
