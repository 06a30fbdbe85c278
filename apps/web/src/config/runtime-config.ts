/**
 * The only place the web app reads the environment. Read per request (the root layout is
 * dynamic) so one built image can point at any API.
 */
const DEFAULT_API_URL = 'http://localhost:3001';

export interface RuntimeConfig {
  /** Where the browser sends API calls, so it must be reachable from the user's machine. */
  apiUrl: string;
}

export function readRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const raw = env.VIGIL_API_URL?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw new Error(`VIGIL_API_URL must be an absolute http(s) URL, got "${raw}"`, { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`VIGIL_API_URL must use http or https, got "${raw}"`);
  }
  return { apiUrl: url.origin + url.pathname.replace(/\/+$/, '') };
}
