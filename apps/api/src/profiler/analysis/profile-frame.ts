import type { ProfileFrame } from '@vigil/types';

/** The call frame shape shared by V8's CPU and sampling heap profiles. */
export interface V8CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** V8's pseudo-functions for time outside JavaScript; never reported as functions. */
export const META_FRAMES = {
  root: '(root)',
  gc: '(garbage collector)',
  idle: '(idle)',
  program: '(program)',
} as const;

const META_NAMES = new Set<string>(Object.values(META_FRAMES));

export function isMetaFrame(frame: V8CallFrame): boolean {
  return META_NAMES.has(frame.functionName);
}

/** Identifies a function: two frames with the same key are the same function. */
export function frameKey(frame: V8CallFrame): string {
  return `${frame.functionName}\u0000${frame.url}\u0000${frame.lineNumber}\u0000${frame.columnNumber}`;
}

/** V8 numbers lines from 0; people (and DevTools) from 1. */
export function toProfileFrame(frame: V8CallFrame): ProfileFrame {
  const line = frame.lineNumber >= 0 ? frame.lineNumber + 1 : null;
  return {
    name: frame.functionName || '(anonymous)',
    url: frame.url,
    line,
    location: frame.url ? (line === null ? frame.url : `${frame.url}:${line}`) : '',
  };
}

/** Percentages with two decimals; 0 when there is nothing to divide. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 100 : 0;
}

/** Microseconds to milliseconds, keeping microsecond precision. */
export function usToMs(us: number): number {
  return Math.round(us) / 1_000;
}
