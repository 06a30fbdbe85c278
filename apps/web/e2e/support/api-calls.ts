/** Direct API calls for seeding and checking what the UI did. */
export async function apiJson<T>(apiUrl: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** Polls until `check` returns a value, or fails with the last problem after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let problem: unknown = 'condition never held';
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      problem = error;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`gave up after ${timeoutMs} ms: ${problem instanceof Error ? problem.message : String(problem)}`);
}
