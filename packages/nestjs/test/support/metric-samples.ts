import { parseExposition, type Sample } from './prometheus-text-parser.js';

/** Scrapes `url` and returns the samples of one family, after the strict parser accepted the whole page. */
export async function scrapeSamples(url: string, family: string, headers: Record<string, string> = {}): Promise<Sample[]> {
  const response = await fetch(url, { headers });
  if (response.status !== 200) throw new Error(`scrape answered ${response.status}`);
  return parseExposition(await response.text()).get(family)?.samples ?? [];
}

export const countSamples = (samples: Sample[], name: string) => samples.filter((sample) => sample.name === name);
