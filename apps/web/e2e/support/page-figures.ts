import type { Page } from 'playwright-core';

export interface ScriptFigures {
  files: number;
  /** Bytes over the wire (the web server compresses them). */
  transferBytes: number;
  /** Bytes after decompression. */
  decodedBytes: number;
}

/** JavaScript the page has loaded so far, from the browser's own resource timing. */
export function scriptFigures(page: Page): Promise<ScriptFigures> {
  return page.evaluate(() => {
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
      .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'));
    return {
      files: scripts.length,
      transferBytes: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
      decodedBytes: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
    };
  });
}

/** Milliseconds since navigation started, as the page measures it. */
export function sinceNavigation(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
