'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';
import { searchWithService, serviceOf } from './service-scope';

/**
 * The service picked in the header, read from and written to `?service=`. `replace`, not
 * `push`: narrowing the view is not a step the back button should walk through.
 */
export function usePickedService(): [string, (service: string) => void] {
  const search = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const pick = useCallback(
    (service: string) => router.replace(`${pathname}${searchWithService(search.toString(), service)}`, { scroll: false }),
    [router, pathname, search],
  );
  return [serviceOf(search), pick];
}
