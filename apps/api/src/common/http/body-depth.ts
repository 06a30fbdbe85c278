import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';
import { ValidationFailed } from '../errors/app-error.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Whether the JSON text nests arrays and objects more than `maxDepth` levels deep
 * (`{"a":1}` is one level, `[[1]]` two). One pass over the bytes, without recursion or
 * parsing: brackets inside strings do not count. UTF-8 continuation bytes are all
 * above 0x7f, so they never look like a bracket or a quote. Text that is not JSON may
 * be misjudged; the parser refuses it anyway.
 */
export function exceedsJsonDepth(text: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let isInString = false;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i];
    if (isInString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) isInString = false;
    } else if (byte === QUOTE) {
      isInString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > maxDepth) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/** The 400 a body nested past the limit gets; names the variable that sets it. */
export function tooDeep(maxDepth: number): ValidationFailed {
  return new ValidationFailed([{ field: 'body', problem: `is nested deeper than ${maxDepth} levels (HTTP_MAX_BODY_DEPTH)` }]);
}

/**
 * The JSON body parser: Fastify's own (the same errors for empty and malformed bodies,
 * the same prototype-poisoning checks), behind a depth check on the raw bytes. Code
 * that walks a body recursively (schema validation, cloning, serialising into jsonb)
 * overflows the stack on thousands of levels, a 500; such a body is a 400 here, before
 * it is even parsed. Registered through Nest before init, so Nest keeps it in place
 * of its default JSON parser.
 */
export function useDepthBoundedJsonParser(app: NestFastifyApplication, limits: { bodyLimitBytes: number; maxBodyDepth: number }): void {
  const instance = app.getHttpAdapter().getInstance();
  const parseJson = instance.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit: limits.bodyLimitBytes }, (request, body, done) => {
    if (exceedsJsonDepth(body, limits.maxBodyDepth)) {
      done(tooDeep(limits.maxBodyDepth), undefined);
      return;
    }
    parseJson(request, body.toString('utf8'), done);
  });
}
