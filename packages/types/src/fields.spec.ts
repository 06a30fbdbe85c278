import { z } from 'zod';
import { LabelName, labelMap, NUL_PROBLEM, storedString, text } from './fields.js';
import { parseWith } from './problems.js';

const problemsOf = (schema: z.ZodType, value: unknown) => {
  const parsed = parseWith(schema, value);
  return parsed.ok ? [] : parsed.problems;
};

describe('NUL in stored text', () => {
  it('is refused by every text schema with one problem naming it', () => {
    expect(NUL_PROBLEM).toBe('must not contain NUL (\\u0000)');
    for (const schema of [text(64), storedString(64), LabelName]) {
      // Checks after the NUL one (control characters, the label name pattern) do not run.
      expect(problemsOf(schema, 'a\u0000b')).toEqual([{ field: 'body', problem: NUL_PROBLEM }]);
      expect(problemsOf(schema, '\u0000')).toEqual([{ field: 'body', problem: NUL_PROBLEM }]);
    }
  });

  it('is refused in label names and values, at their paths', () => {
    const labels = labelMap({ maxEntries: 4, maxValueLength: 16 });
    expect(problemsOf(labels, { team: 'o\u0000ps', ['ow\u0000ner']: 'ops' })).toEqual([
      { field: 'team', problem: NUL_PROBLEM },
      { field: 'ow\u0000ner', problem: NUL_PROBLEM },
    ]);
  });

  it('leaves other control characters to text(), which refuses them, and storedString(), which keeps them', () => {
    expect(problemsOf(text(64), 'a\u0007b')).toEqual([{ field: 'body', problem: 'must not contain control characters' }]);
    expect(problemsOf(storedString(64), 'line\nnext\u0007')).toEqual([]);
  });
});
