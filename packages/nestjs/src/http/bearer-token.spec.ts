import { BearerTokenCheck, bearerToken } from './bearer-token.js';

describe('bearerToken', () => {
  it('reads the token of a Bearer header, whatever the case of the scheme', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer  abc ')).toBe('abc');
  });

  it('reads nothing from other schemes, several tokens or a missing header', () => {
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken(['Bearer abc'])).toBeUndefined();
  });
});

describe('BearerTokenCheck.accepts', () => {
  const check = new BearerTokenCheck('s3cret');

  it('accepts the token and refuses any other, longer, shorter or absent', () => {
    expect(check.accepts('Bearer s3cret')).toBe(true);
    expect(check.accepts('Bearer s3cre')).toBe(false);
    expect(check.accepts('Bearer s3cret!')).toBe(false);
    expect(check.accepts(undefined)).toBe(false);
  });
});
