/**
 * Exponential backoff with "equal jitter": the ceiling doubles per failure up to `maxMs`,
 * and the delay falls between half the ceiling and all of it. The floor keeps a failing
 * server from being hammered; the spread keeps a fleet of agents from retrying in step.
 */
export function retryDelayMs(failures: number, initialMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
