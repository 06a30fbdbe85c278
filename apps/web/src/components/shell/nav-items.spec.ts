import { isCurrent } from './nav-items';

describe('isCurrent', () => {
  it('lights a section up on its own page and its sub-pages', () => {
    expect(isCurrent('/alerts', '/alerts')).toBe(true);
    expect(isCurrent('/alerts', '/alerts/rules')).toBe(true);
    expect(isCurrent('/alerts', '/alertsmith')).toBe(false);
  });

  it("lights Instances up on an instance's drill-down", () => {
    expect(isCurrent('/instances', '/instances/0b7c6d1e-3f4a-4b5c-8d9e-0f1a2b3c4d5e')).toBe(true);
  });

  it('lights the Overview up only on the root', () => {
    expect(isCurrent('/', '/')).toBe(true);
    expect(isCurrent('/', '/system')).toBe(false);
  });
});
