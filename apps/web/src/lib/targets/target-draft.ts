import { MAX_SAMPLE_LIMIT, TARGET_DEFAULTS, type FieldProblem, type ScrapeTargetInput } from '@vigil/types';
import { readWholeNumber } from '../scaling/number-draft';

/** The add-target form's fields as typed; empty optional ones take the API's defaults. */
export interface TargetDraft {
  service: string;
  url: string;
  instance: string;
  scrapeInterval: string;
  scrapeTimeout: string;
  sampleLimit: string;
  bearerToken: string;
}

export const EMPTY_TARGET_DRAFT: TargetDraft = {
  service: '',
  url: '',
  instance: '',
  scrapeInterval: TARGET_DEFAULTS.scrapeInterval,
  scrapeTimeout: TARGET_DEFAULTS.scrapeTimeout,
  sampleLimit: String(TARGET_DEFAULTS.sampleLimit),
  bearerToken: '',
};

/** The body paths the form has a control for; the API's problems at any other show above the buttons. */
export const TARGET_FIELD_PATHS = ['service', 'url', 'instance', 'scrapeInterval', 'scrapeTimeout', 'sampleLimit', 'bearerToken'] as const;

/** What the page checks itself: only the number, as Number('') is 0 and Number('1e3') is not what was typed. */
export function targetDraftProblems(draft: TargetDraft): FieldProblem[] {
  if (draft.sampleLimit.trim() !== '' && readWholeNumber(draft.sampleLimit) === null) {
    return [{ field: 'sampleLimit', problem: `must be a whole number from 1 to ${MAX_SAMPLE_LIMIT}` }];
  }
  return [];
}

/** The POST body: text trimmed, and every empty optional field left out so its default applies. */
export function targetInputOf(draft: TargetDraft): ScrapeTargetInput {
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());
  const sampleLimit = readWholeNumber(draft.sampleLimit);
  const input: ScrapeTargetInput = { service: draft.service.trim(), url: draft.url.trim() };
  const instance = optional(draft.instance);
  const scrapeInterval = optional(draft.scrapeInterval);
  const scrapeTimeout = optional(draft.scrapeTimeout);
  if (instance !== undefined) input.instance = instance;
  if (scrapeInterval !== undefined) input.scrapeInterval = scrapeInterval;
  if (scrapeTimeout !== undefined) input.scrapeTimeout = scrapeTimeout;
  if (sampleLimit !== null) input.sampleLimit = sampleLimit;
  // A token is sent as typed: spaces may be part of it.
  if (draft.bearerToken !== '') input.bearerToken = draft.bearerToken;
  return input;
}
