import { createHash, timingSafeEqual } from 'node:crypto';

// Hashing first gives both sides one length, so the comparison time says nothing about the token.
const digest = (value: string) => createHash('sha256').update(value).digest();

/** `Authorization: Bearer <token>` → the token; the scheme is case-insensitive (RFC 7235). */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  return /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
}

/** Checks presented bearer tokens against one expected token, in constant time. */
export class BearerTokenCheck {
  private readonly expected: Buffer;

  constructor(token: string) {
    this.expected = digest(token);
  }

  accepts(authorization: string | string[] | undefined): boolean {
    const presented = bearerToken(authorization);
    return presented !== undefined && timingSafeEqual(digest(presented), this.expected);
  }
}
