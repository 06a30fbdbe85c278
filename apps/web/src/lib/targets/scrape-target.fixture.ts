import type { ScrapeTarget } from '@vigil/types';

/** A target added through the API whose last scrape failed: every field set as the API sends it. */
export const downTarget: ScrapeTarget = {
  id: '0b7c6d1e-3f4a-4b5c-8d9e-0f1a2b3c4d5e',
  service: 'orders',
  instance: '127.0.0.1:9',
  url: 'http://127.0.0.1:9/metrics',
  source: 'api',
  labels: { team: 'payments' },
  scrapeInterval: '15s',
  scrapeTimeout: '10s',
  sampleLimit: 50_000,
  hasBearerToken: false,
  health: 'down',
  lastScrapeAt: '2026-01-01T00:00:15.000Z',
  lastScrapeDurationSeconds: 0.004,
  lastSamples: 0,
  lastError: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9',
  scrapedBy: 'vigil-1',
  agent: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
