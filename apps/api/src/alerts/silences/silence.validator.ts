import type { FieldProblem, SilenceMatcher } from '@vigil/types';
import { LABEL_NAME } from '../../common/validation/formats.js';
import { isObject, Problems } from '../validation/field-checks.js';

export interface SilenceSpec {
  matchers: SilenceMatcher[];
  startsAt: Date;
  endsAt: Date;
  createdBy: string;
  comment: string;
}

/** Longest silence: a forgotten one should not hide a service's alerts for ever. */
export const MAX_SILENCE_MS = 90 * 86_400_000;

/** Checks a SilenceInput; `now` fills a missing `startsAt`. */
export function validateSilence(body: unknown, now: Date): { spec?: SilenceSpec; problems: FieldProblem[] } {
  if (!isObject(body)) return { problems: [{ field: 'body', problem: 'must be a JSON object' }] };
  const p = new Problems();
  p.unknownKeys(body, ['matchers', 'startsAt', 'endsAt', 'createdBy', 'comment']);
  const matchers: SilenceMatcher[] = [];
  if (!Array.isArray(body.matchers) || body.matchers.length === 0 || body.matchers.length > 20) {
    p.add('matchers', 'must be an array of 1 to 20 matchers');
  } else {
    body.matchers.forEach((m: unknown, i) => {
      const at = `matchers[${i}]`;
      if (!isObject(m)) return p.add(at, 'must be an object with name, value and isRegex');
      p.unknownKeys(m, ['name', 'value', 'isRegex', 'isEqual'], `${at}.`);
      if (typeof m.name !== 'string' || !LABEL_NAME.test(m.name)) p.add(`${at}.name`, 'must be a label name');
      if (typeof m.value !== 'string' || m.value.length > 1_024) p.add(`${at}.value`, 'must be a string of at most 1024 characters');
      if (typeof m.isRegex !== 'boolean') p.add(`${at}.isRegex`, 'must be true or false');
      if (m.isEqual !== undefined && typeof m.isEqual !== 'boolean') p.add(`${at}.isEqual`, 'must be true or false');
      if (m.isRegex === true && typeof m.value === 'string') {
        try {
          new RegExp(m.value);
        } catch {
          p.add(`${at}.value`, 'is not a valid regular expression');
        }
      }
      matchers.push({ name: m.name as string, value: m.value as string, isRegex: m.isRegex as boolean, isEqual: (m.isEqual as boolean | undefined) ?? true });
    });
  }
  const startsAt = body.startsAt === undefined ? now : p.time('startsAt', body.startsAt);
  const endsAt = p.time('endsAt', body.endsAt);
  if (startsAt && endsAt) {
    if (endsAt <= startsAt) p.add('endsAt', 'must be after startsAt');
    else if (endsAt <= now) p.add('endsAt', 'must be in the future');
    else if (endsAt.getTime() - startsAt.getTime() > MAX_SILENCE_MS) p.add('endsAt', 'must be at most 90 days after startsAt');
  }
  const createdBy = p.text('createdBy', body.createdBy, 128);
  const comment = p.text('comment', body.comment, 1_024);
  if (!p.isEmpty) return { problems: p.list };
  return { problems: [], spec: { matchers, startsAt: startsAt!, endsAt: endsAt!, createdBy: createdBy!, comment: comment! } };
}
