import type { ErrorBody } from '@vigil/types';
import type { FastifyInstance } from 'fastify';

/** Charsets the JSON and text parsers read correctly: they decode UTF-8, and ASCII is a subset. */
const READABLE_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii']);

/** Why a request's body would be misread, or undefined when the parsers read it as sent. */
export function undecodedBodyProblem(contentType: string | undefined, contentEncoding: string | undefined): string | undefined {
  const encoding = contentEncoding?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') return `Content-Encoding ${encoding} is not decoded here; send the body uncompressed`;
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset && !READABLE_CHARSETS.has(charset)) return `charset ${charset} is not read here; send UTF-8`;
  return undefined;
}

/**
 * Refuses, before anything parses it, a body labelled with an encoding the parsers
 * would not undo: a gzip body or a UTF-16 one read as UTF-8 is garbage that may still
 * parse. 415, with `Accept-Encoding: identity` as RFC 7694 asks. Requests without a
 * body pass, whatever their headers say.
 */
export function refuseUndecodedBodies(instance: FastifyInstance): void {
  instance.addHook('onRequest', (request, reply, done) => {
    const { headers } = request;
    const hasBody = headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
    if (!hasBody) return done();
    const problem = undecodedBodyProblem(headers['content-type'], headers['content-encoding']);
    if (!problem) return done();
    const body: ErrorBody = { statusCode: 415, error: 'Unsupported Media Type', message: problem };
    void reply.code(415).header('accept-encoding', 'identity').send(body);
  });
}
