/** Set by the browser project's global setup for the test files (workers inherit the environment). */
export const SKIP_VARIABLE = 'VIGIL_BROWSER_SKIP';
export const API_URL_VARIABLE = 'VIGIL_BROWSER_API_URL';
export const WEB_URL_VARIABLE = 'VIGIL_BROWSER_WEB_URL';

export function sharedStack(): { apiUrl: string; webUrl: string } {
  const apiUrl = process.env[API_URL_VARIABLE];
  const webUrl = process.env[WEB_URL_VARIABLE];
  if (!apiUrl || !webUrl) throw new Error('the browser project global setup did not start the servers');
  return { apiUrl, webUrl };
}

/** Browser tests wait on real servers and a real browser; Jest's default 5 s is too short. */
export const BROWSER_TEST_TIMEOUT_MS = 90_000;
