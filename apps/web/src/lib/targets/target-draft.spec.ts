import { ScrapeTargetInput, TARGET_DEFAULTS } from '@vigil/types';
import { EMPTY_TARGET_DRAFT, targetDraftProblems, targetInputOf } from './target-draft';

const typed = { ...EMPTY_TARGET_DRAFT, service: ' orders ', url: ' http://orders:3000/metrics ' };

describe('targetInputOf', () => {
  it('sends the typed fields trimmed, and the defaults the form opens with', () => {
    expect(targetInputOf(typed)).toEqual({
      service: 'orders',
      url: 'http://orders:3000/metrics',
      scrapeInterval: TARGET_DEFAULTS.scrapeInterval,
      scrapeTimeout: TARGET_DEFAULTS.scrapeTimeout,
      sampleLimit: TARGET_DEFAULTS.sampleLimit,
    });
  });

  it('leaves emptied optional fields out, so the API applies its defaults, and is a body the contract accepts', () => {
    const input = targetInputOf({ ...typed, scrapeInterval: ' ', scrapeTimeout: '', sampleLimit: '' });
    expect(input).toEqual({ service: 'orders', url: 'http://orders:3000/metrics' });
    expect(ScrapeTargetInput.safeParse(input).success).toBe(true);
  });

  it('sends the instance and the token when given, the token exactly as typed', () => {
    const input = targetInputOf({ ...typed, instance: ' orders-1 ', bearerToken: ' s3cret ' });
    expect([input.instance, input.bearerToken]).toEqual(['orders-1', ' s3cret ']);
  });
});

describe('targetDraftProblems', () => {
  it('refuses a sample limit that is not a whole number, before anything is sent', () => {
    expect(targetDraftProblems({ ...typed, sampleLimit: '1.5' })).toEqual([{ field: 'sampleLimit', problem: 'must be a whole number from 1 to 1000000' }]);
    expect(targetDraftProblems({ ...typed, sampleLimit: 'many' })).toHaveLength(1);
  });

  it('leaves everything else to the API, whose problems name the fields', () => {
    expect(targetDraftProblems({ ...EMPTY_TARGET_DRAFT, url: 'not a url', sampleLimit: '' })).toEqual([]);
  });
});
