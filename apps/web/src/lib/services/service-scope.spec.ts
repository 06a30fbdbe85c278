import { isServiceScoped, searchWithService, serviceChoices, serviceOf, servicesOfTargets } from './service-scope';

describe('serviceOf and searchWithService', () => {
  it('reads the picked service from ?service=, and every service when it is absent or blank', () => {
    expect(serviceOf(new URLSearchParams('service=orders&range=1h'))).toBe('orders');
    expect(serviceOf(new URLSearchParams('range=1h'))).toBe('');
    expect(serviceOf(new URLSearchParams('service=%20'))).toBe('');
    expect(serviceOf(null)).toBe('');
  });

  it('ignores a hand-made value longer than any service name', () => {
    expect(serviceOf(new URLSearchParams({ service: 'x'.repeat(129) }))).toBe('');
  });

  it('sets and removes the service and keeps the other parameters', () => {
    expect(searchWithService('range=1h', 'orders')).toBe('?range=1h&service=orders');
    expect(searchWithService('service=orders&range=1h', 'billing')).toBe('?service=billing&range=1h');
    expect(searchWithService('service=orders', '')).toBe('');
    expect(searchWithService('', 'a b&c')).toBe('?service=a+b%26c');
  });

  it('round-trips a name with characters a URL escapes', () => {
    expect(serviceOf(new URLSearchParams(searchWithService('', 'a b&c')))).toBe('a b&c');
  });
});

describe('servicesOfTargets and serviceChoices', () => {
  it('offers each service with a target once, sorted', () => {
    expect(servicesOfTargets([{ service: 'orders' }, { service: 'demo' }, { service: 'orders' }])).toEqual(['demo', 'orders']);
  });

  it('keeps a picked service without a target as a choice, first, so the select shows what the URL says', () => {
    expect(serviceChoices(['demo', 'orders'], 'billing')).toEqual(['billing', 'demo', 'orders']);
    expect(serviceChoices(['demo', 'orders'], 'demo')).toEqual(['demo', 'orders']);
    expect(serviceChoices(['demo'], '')).toEqual(['demo']);
  });
});

describe('isServiceScoped', () => {
  it('applies on the lists whose data carries a service, not on their sub-pages or the other pages', () => {
    expect(['/instances', '/alerts', '/profiling'].map(isServiceScoped)).toEqual([true, true, true]);
    expect(['/', '/system', '/application', '/health', '/scaling', '/settings', '/alerts/rules', '/instances/abc'].some(isServiceScoped)).toBe(false);
  });
});
