import { createHash, timingSafeEqual } from 'node:crypto';

/** SHA-256 of a token: hashing first gives both sides one length, so comparing says nothing about the token. */
export const tokenDigest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** `Authorization: Bearer <token>` → the token; the scheme is case-insensitive (RFC 7235). */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** Whether the header bears the token whose digest is `expected`, compared in constant time. */
export function bearsToken(header: string | undefined, expected: Buffer): boolean {
  const presented = bearerToken(header);
  return presented !== undefined && timingSafeEqual(tokenDigest(presented), expected);
}
