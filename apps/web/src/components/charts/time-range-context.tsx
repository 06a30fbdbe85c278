'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import type { TimeRangeKey } from '../../lib/time-range';

interface TimeRangeState {
  range: TimeRangeKey;
  setRange: (range: TimeRangeKey) => void;
  /** Charts in one page move their hover cursor together under this key. */
  syncKey: string;
}

const TimeRangeContext = createContext<TimeRangeState | null>(null);

/** One range for every chart on a page, so their x axes always match. */
export function TimeRangeProvider({ initial = '1h', syncKey, children }: { initial?: TimeRangeKey; syncKey: string; children: ReactNode }) {
  const [range, setRange] = useState<TimeRangeKey>(initial);
  return <TimeRangeContext.Provider value={{ range, setRange, syncKey }}>{children}</TimeRangeContext.Provider>;
}

export function useTimeRange(): TimeRangeState {
  const state = useContext(TimeRangeContext);
  if (!state) throw new Error('useTimeRange needs a <TimeRangeProvider> above it');
  return state;
}
