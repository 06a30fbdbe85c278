import { HttpRequestStats, statusClassIndex } from './http-request-stats.js';

describe('statusClassIndex', () => {
  it('classes status codes by hundred, and anything else as other', () => {
    expect([101, 200, 204, 301, 404, 503, 0, 600].map(statusClassIndex)).toEqual([0, 1, 1, 2, 3, 4, 5, 5]);
  });
});

describe('HttpRequestStats', () => {
  describe('requestSamples', () => {
    it('counts per method, route and status class, leaving out classes never seen', () => {
      const stats = new HttpRequestStats([0.1, 1]);
      stats.record('GET', '/a/:id', 200, 0.01);
      stats.record('GET', '/a/:id', 201, 0.01);
      stats.record('GET', '/a/:id', 404, 0.01);
      stats.record('POST', '/a/:id', 503, 0.01);
      expect(stats.requestSamples()).toEqual([
        { labels: { method: 'GET', route: '/a/:id', status_class: '2xx' }, value: 2 },
        { labels: { method: 'GET', route: '/a/:id', status_class: '4xx' }, value: 1 },
        { labels: { method: 'POST', route: '/a/:id', status_class: '5xx' }, value: 1 },
      ]);
    });
  });

  describe('durationSamples', () => {
    it('gives cumulative buckets, a value on a bound counting in it, +Inf equal to the count, and the sum', () => {
      const stats = new HttpRequestStats([0.1, 1]);
      for (const seconds of [0.05, 0.1, 0.5, 3]) stats.record('GET', '/b', 200, seconds);
      const labels = { method: 'GET', route: '/b' };
      expect(stats.durationSamples('d')).toEqual([
        { labels: { ...labels, le: 0.1 }, value: 2, metricName: 'd_bucket' },
        { labels: { ...labels, le: 1 }, value: 3, metricName: 'd_bucket' },
        { labels: { ...labels, le: '+Inf' }, value: 4, metricName: 'd_bucket' },
        { labels, value: 3.65, metricName: 'd_sum' },
        { labels, value: 4, metricName: 'd_count' },
      ]);
    });
  });
});
