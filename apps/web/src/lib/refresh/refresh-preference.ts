/**
 * The auto-refresh interval this browser chose, kept in localStorage so each on-call
 * laptop keeps its own; `null` until the user picks one (then the server default holds).
 */
export const REFRESH_CHOICES = [0, 10, 30, 60] as const;
export type RefreshSeconds = (typeof REFRESH_CHOICES)[number];

const STORAGE_KEY = 'vigil.refreshSeconds';
const CHANGE_EVENT = 'vigil:refresh-preference';

export function isRefreshSeconds(value: unknown): value is RefreshSeconds {
  return typeof value === 'number' && (REFRESH_CHOICES as readonly number[]).includes(value);
}

export function readRefreshPreference(): RefreshSeconds | null {
  const stored = Number(window.localStorage.getItem(STORAGE_KEY) ?? Number.NaN);
  return isRefreshSeconds(stored) ? stored : null;
}

export function writeRefreshPreference(seconds: RefreshSeconds): void {
  window.localStorage.setItem(STORAGE_KEY, String(seconds));
  // `storage` fires only in other tabs; this tells this tab's subscribers.
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function subscribeRefreshPreference(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

export function formatRefreshChoice(seconds: number): string {
  if (seconds === 0) return 'Off';
  return seconds === 60 ? '1 min' : `${seconds} s`;
}
