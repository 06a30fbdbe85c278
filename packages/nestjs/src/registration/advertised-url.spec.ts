import { joinUrl, listeningBaseUrl } from './advertised-url.js';

describe('listeningBaseUrl', () => {
  it('uses a specific address as it is, IPv6 in brackets', () => {
    expect(listeningBaseUrl({ address: '127.0.0.1', family: 'IPv4', port: 3000 }, false, 'box')).toBe('http://127.0.0.1:3000');
    expect(listeningBaseUrl({ address: '::1', family: 'IPv6', port: 3000 }, true, 'box')).toBe('https://[::1]:3000');
  });

  it('puts the host name in place of a wildcard address', () => {
    expect(listeningBaseUrl({ address: '::', family: 'IPv6', port: 8080 }, false, 'orders-7f9c')).toBe('http://orders-7f9c:8080');
    expect(listeningBaseUrl({ address: '0.0.0.0', family: 'IPv4', port: 8080 }, false, 'box')).toBe('http://box:8080');
  });

  it('has no URL for a Unix socket or a server not listening', () => {
    expect(listeningBaseUrl('/tmp/app.sock', false, 'box')).toBeUndefined();
    expect(listeningBaseUrl(null, false, 'box')).toBeUndefined();
  });
});

describe('joinUrl', () => {
  it('joins with one slash and keeps a base path', () => {
    expect(joinUrl('http://a:1/', '/metrics')).toBe('http://a:1/metrics');
    expect(joinUrl('http://a:1/orders', '/metrics')).toBe('http://a:1/orders/metrics');
  });
});
