import type { ScrapeTarget, ScrapeTargetInput } from '@vigil/types';
import { apiJson, eventually } from './api-calls';

/** Scraped every second, so a test sees its health within a few. */
export const FAST_SCRAPES = { scrapeInterval: '1s', scrapeTimeout: '1s' } as const;

export function addTarget(apiUrl: string, input: ScrapeTargetInput): Promise<ScrapeTarget> {
  return apiJson<ScrapeTarget>(apiUrl, 'POST', '/api/v1/targets', { ...FAST_SCRAPES, ...input });
}

/** Waits until the target's last scrape ended with `health`. */
export function scrapedAs(apiUrl: string, id: string, health: ScrapeTarget['health'], timeoutMs = 20_000): Promise<ScrapeTarget> {
  return eventually(async () => {
    const target = await apiJson<ScrapeTarget>(apiUrl, 'GET', `/api/v1/targets/${id}`);
    return target.health === health ? target : undefined;
  }, timeoutMs);
}

/** Removes targets a test added; one already gone is fine. */
export async function removeTargets(apiUrl: string, ids: readonly string[]): Promise<void> {
  await Promise.all(ids.map((id) => fetch(`${apiUrl}/api/v1/targets/${id}`, { method: 'DELETE' })));
}
