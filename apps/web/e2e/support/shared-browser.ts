import type { Page } from 'playwright-core';
import { sharedStack } from './browser-env';
import { launchBrowser, type Browser } from './chromium';

export interface SharedBrowser {
  readonly apiUrl: string;
  readonly webUrl: string;
  /** A fresh tab in this file's browser; close it at the end of the test. */
  newPage: () => Promise<Page>;
}

/**
 * One Chromium per test file, on the servers the global setup started. Call it inside
 * `describe`: it registers the file's `beforeAll` and `afterAll`.
 */
export function useSharedBrowser(): SharedBrowser {
  let browser: Browser | undefined;
  let stack: { apiUrl: string; webUrl: string } | undefined;

  beforeAll(async () => {
    stack = sharedStack();
    browser = await launchBrowser();
  });

  afterAll(() => browser?.close());

  const started = () => {
    if (!browser || !stack) throw new Error('useSharedBrowser: used before its beforeAll ran');
    return { browser, stack };
  };
  return {
    get apiUrl() {
      return started().stack.apiUrl;
    },
    get webUrl() {
      return started().stack.webUrl;
    },
    newPage: async () => {
      const page = await started().browser.context.newPage();
      // A script error explains a locator that times out; say it where the failure is read.
      page.on('pageerror', (error) => console.warn(`page error on ${page.url()}: ${error.message}`));
      return page;
    },
  };
}
