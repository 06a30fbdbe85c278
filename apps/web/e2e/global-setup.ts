import { isChromiumInstalled, CHROMIUM_PATH } from './support/chromium';
import { API_URL_VARIABLE, SKIP_VARIABLE, WEB_URL_VARIABLE } from './support/browser-env';
import { missingBuilds, startStack, type Stack } from './support/servers';

declare global {
  var __vigilBrowserStack: Stack | undefined;
}

/** Starts the API and the web server once for every browser test file. */
export default async function globalSetup(): Promise<void> {
  if (!isChromiumInstalled()) {
    const reason = `${CHROMIUM_PATH} is missing (apt-get install chromium)`;
    if (process.env.CI === 'true') throw new Error(`browser tests: ${reason}; CI must run them`);
    process.env[SKIP_VARIABLE] = reason;
    console.warn(`\nbrowser tests skipped: ${reason}\n`);
    return;
  }
  const missing = missingBuilds();
  if (missing.length > 0) throw new Error(`browser tests need a build first (npm test builds): missing ${missing.join(', ')}`);
  const stack = await startStack();
  globalThis.__vigilBrowserStack = stack;
  process.env[API_URL_VARIABLE] = stack.apiUrl;
  process.env[WEB_URL_VARIABLE] = stack.webUrl;
}
