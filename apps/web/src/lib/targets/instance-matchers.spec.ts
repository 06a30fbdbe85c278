import { parseWith, MetricQueryParams } from '@vigil/types';
import { downTarget } from './scrape-target.fixture';
import { instanceMatchers } from './instance-matchers';

describe('instanceMatchers', () => {
  it('matches the service and instance labels each scrape sets', () => {
    const labels = instanceMatchers(downTarget);
    expect(labels).toBe('service=orders,instance=127.0.0.1:9');
    expect(parseWith(MetricQueryParams, { name: 'up', labels }).ok).toBe(true);
  });

  it('leaves out a value with a comma, which the query API would split', () => {
    expect(instanceMatchers({ service: 'orders', instance: 'a,b' })).toBe('service=orders');
  });
});
