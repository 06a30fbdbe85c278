import { MAX_SILENCE_MS, type FieldProblem, type SilenceInput, type SilenceMatcher } from '@vigil/types';
import type { z } from 'zod';

/** What is stored: the parsed input with its times resolved. */
export interface SilenceSpec {
  matchers: SilenceMatcher[];
  startsAt: Date;
  endsAt: Date;
  createdBy: string;
  comment: string;
}

type ParsedSilence = z.output<typeof SilenceInput>;

/**
 * When a silence may run needs the clock, so it is checked here and not in the
 * schema: it ends after it starts, in the future, and at most 90 days after it starts.
 */
export function silenceSpecOf(input: ParsedSilence, now: Date): { spec?: SilenceSpec; problems: FieldProblem[] } {
  const startsAt = input.startsAt === undefined ? now : new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const problem = (text: string) => ({ problems: [{ field: 'endsAt', problem: text }] });
  if (endsAt <= startsAt) return problem('must be after startsAt');
  if (endsAt <= now) return problem('must be in the future');
  if (endsAt.getTime() - startsAt.getTime() > MAX_SILENCE_MS) return problem('must be at most 90 days after startsAt');
  return { spec: { ...input, startsAt, endsAt }, problems: [] };
}
