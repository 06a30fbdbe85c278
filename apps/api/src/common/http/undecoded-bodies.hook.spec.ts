import { undecodedBodyProblem } from './undecoded-bodies.hook.js';

describe('undecodedBodyProblem', () => {
  it('lets UTF-8, ASCII and unlabelled bodies through, uncompressed', () => {
    for (const [type, encoding] of [
      ['application/json', undefined],
      ['application/json; charset=utf-8', undefined],
      ['application/json; charset="UTF-8"', 'identity'],
      ['text/plain;charset=us-ascii', undefined],
      [undefined, undefined],
    ] as const) {
      expect({ type, problem: undecodedBodyProblem(type, encoding) }).toEqual({ type, problem: undefined });
    }
  });

  it('refuses a charset the parsers would misread, naming it', () => {
    expect(undecodedBodyProblem('application/json; charset=utf-16', undefined)).toBe('charset utf-16 is not read here; send UTF-8');
    expect(undecodedBodyProblem('application/json;Charset="ISO-8859-1"', undefined)).toBe('charset iso-8859-1 is not read here; send UTF-8');
  });

  it('refuses a content coding, naming it', () => {
    expect(undecodedBodyProblem('application/json', 'gzip')).toBe('Content-Encoding gzip is not decoded here; send the body uncompressed');
    expect(undecodedBodyProblem('application/json', 'br, gzip')).toBe('Content-Encoding br, gzip is not decoded here; send the body uncompressed');
  });
});
