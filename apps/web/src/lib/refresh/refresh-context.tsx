'use client';

import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useSettings } from '../hooks/settings';
import { refreshSecondsFrom } from '../settings';
import {
  readRefreshPreference,
  subscribeRefreshPreference,
  writeRefreshPreference,
  type RefreshSeconds,
} from './refresh-preference';

interface RefreshState {
  seconds: number;
  /** True when this browser picked the interval, false when the server default applies. */
  isBrowserChoice: boolean;
  choose: (seconds: RefreshSeconds) => void;
}

const RefreshContext = createContext<RefreshState | null>(null);

// The server renders without localStorage; the browser's choice applies after hydration.
const serverSnapshot = () => null;

export function RefreshProvider({ children }: { children: ReactNode }) {
  const settings = useSettings();
  const preference = useSyncExternalStore(subscribeRefreshPreference, readRefreshPreference, serverSnapshot);
  const state: RefreshState = {
    seconds: preference ?? refreshSecondsFrom(settings.data),
    isBrowserChoice: preference !== null,
    choose: writeRefreshPreference,
  };
  return <RefreshContext.Provider value={state}>{children}</RefreshContext.Provider>;
}

export function useRefresh(): RefreshState {
  const state = useContext(RefreshContext);
  if (!state) throw new Error('useRefresh needs a <RefreshProvider> above it');
  return state;
}

/** For `refetchInterval`: milliseconds, or false when auto-refresh is off. */
export function useRefetchInterval(): number | false {
  const { seconds } = useRefresh();
  return seconds > 0 ? seconds * 1_000 : false;
}
