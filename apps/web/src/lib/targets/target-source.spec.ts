import { TargetSource } from '@vigil/types';
import { canDeleteTarget, readOnlyReason } from './target-source';

describe('canDeleteTarget and readOnlyReason', () => {
  it('lets the API\'s and agents\' targets be deleted, and says why the others cannot', () => {
    const rows = TargetSource.options.map((source) => [source, canDeleteTarget(source), readOnlyReason(source) !== null]);
    expect(rows).toEqual([
      ['static', false, true],
      ['api', true, false],
      ['agent', true, false],
      ['kubernetes', false, true],
    ]);
  });

  it('points a static target to SCRAPE_TARGETS', () => {
    expect(readOnlyReason('static')).toContain('SCRAPE_TARGETS');
  });
});
