import { isCurrent } from './nav-items';

describe('isCurrent', () => {
  it('lights a section up on its own page and its sub-pages', () => {
    expect(isCurrent('/alerts', '/alerts')).toBe(true);
    expect(isCurrent('/alerts', '/alerts/rules')).toBe(true);
    expect(isCurrent('/alerts', '/alertsmith')).toBe(false);
  });

  it('lights the Overview up only on the root', () => {
    expect(isCurrent('/', '/')).toBe(true);
    expect(isCurrent('/', '/system')).toBe(false);
  });
});
