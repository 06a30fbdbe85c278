import type { RouteContract } from './route-contracts.js';

/** What reaches the API: the path segment for the route's parameter, the body text and its type. */
export interface RequestShape {
  /** Percent-encoded, as it goes on the wire. */
  segment?: string;
  text?: string;
  contentType?: string;
}

/** The statuses an answer may have, and why. */
export interface Expectation {
  allows: (status: number) => boolean;
  why: string;
}

export interface OracleLimits {
  bodyLimitBytes: number;
  /** Fastify's router answers 414 for a decoded parameter longer than this. */
  maxParamLength: number;
  /** Whether the server parses this content type (Fastify's own answer). */
  hasParser: (contentType: string) => boolean;
}

const only = (status: number, why: string): Expectation => ({ allows: (s) => s === status, why });

/** What the schemas accept may succeed or meet a domain rule; nothing else. */
export const ACCEPTED: Expectation = {
  allows: (s) => (s >= 200 && s < 300) || s === 400 || s === 404 || s === 409,
  why: 'the schemas accept it: 2xx or a domain 400/404/409',
};

/** The body as the server's parser for `contentType` reads `text`; `undefined` when the suite cannot tell. */
function parsedBody(text: string, contentType: string): { value: unknown } | { refused: Expectation } | undefined {
  switch (contentType) {
    case 'text/plain':
      return { value: text };
    case 'application/x-www-form-urlencoded':
      return { value: Object.fromEntries(new URLSearchParams(text)) };
    case 'application/json':
      if (text === '') return { refused: only(400, 'an empty JSON body') };
      try {
        return { value: JSON.parse(text) };
      } catch {
        return { refused: only(400, 'malformed JSON') };
      }
    default:
      return undefined;
  }
}

/**
 * The oracle: the route's own schemas, after what the HTTP layer refuses first. A
 * parameter too long to route is a 414, a body past the limit a 413, one no parser reads
 * a 415; a parameter or body the schemas refuse is a 400; what they accept may succeed
 * or meet a domain rule (ACCEPTED). Never a 5xx, whatever was sent.
 */
export function expectedAnswer(contract: RouteContract, paramName: string | undefined, request: RequestShape, limits: OracleLimits): Expectation {
  const { text, contentType = 'application/json' } = request;
  let param: string | undefined;
  if (request.segment !== undefined && paramName !== undefined) {
    try {
      param = decodeURIComponent(request.segment);
    } catch {
      return { allows: (s) => s >= 400 && s < 500, why: 'the path is not valid percent-encoding' };
    }
    if (param.length > limits.maxParamLength) return only(414, `${paramName} is longer than the router's maxParamLength`);
  }
  if (text !== undefined && Buffer.byteLength(text) > limits.bodyLimitBytes) return only(413, 'the body is over BODY_LIMIT_BYTES');
  if (text !== undefined && !limits.hasParser(contentType)) return only(415, `no parser for ${contentType}`);
  if (param !== undefined && contract.params && !contract.params.safeParse({ [paramName!]: param }).success) {
    return only(400, `the params schema refuses ${paramName} ${JSON.stringify(param)}`);
  }
  let body: unknown;
  if (text !== undefined) {
    const parsed = parsedBody(text, contentType);
    if (parsed === undefined) return { allows: (s) => s < 500, why: `a parser for ${contentType} the suite does not know` };
    if ('refused' in parsed) return parsed.refused;
    body = parsed.value;
  }
  if (contract.body && !contract.body.safeParse(body).success) return only(400, 'the body schema refuses it');
  return ACCEPTED;
}
