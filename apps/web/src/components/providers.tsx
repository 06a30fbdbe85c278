'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { ApiClient } from '../lib/api-client';
import { ApiClientProvider } from '../lib/api-client-context';
import { createQueryClient } from '../lib/query-client';
import { RefreshProvider } from '../lib/refresh/refresh-context';

export function Providers({ apiUrl, children }: { apiUrl: string; children: ReactNode }) {
  // State, not a module singleton: on the server each request must get its own cache.
  const [queryClient] = useState(createQueryClient);
  const apiClient = useMemo(() => new ApiClient({ baseUrl: apiUrl }), [apiUrl]);
  return (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={apiClient}>
        <RefreshProvider>{children}</RefreshProvider>
      </ApiClientProvider>
    </QueryClientProvider>
  );
}
