import { KNOWN_HTTP_METHODS } from '../options/defaults.js';
import { methodLabel } from './http-method.js';

describe('methodLabel', () => {
  const known = new Set(KNOWN_HTTP_METHODS);

  it('keeps the methods of RFC 9110 and PATCH', () => {
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']) {
      expect(methodLabel(method, known)).toBe(method);
    }
  });

  it('collapses any other method, a differently cased one and a missing one to _OTHER', () => {
    expect(methodLabel('PROPFIND', known)).toBe('_OTHER');
    expect(methodLabel('get', known)).toBe('_OTHER');
    expect(methodLabel(undefined, known)).toBe('_OTHER');
  });
});
