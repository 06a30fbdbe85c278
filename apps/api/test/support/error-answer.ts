import type { ErrorBody } from '@vigil/types';

/** The parts of an answer the checks read. */
export interface Answer {
  status: number;
  body: unknown;
}

/**
 * What is wrong with an answer, if anything: no 5xx ever; every 4xx an error body with a
 * non-empty message (on Alertmanager's routes, the message as a JSON string); a 400's field list, when it has one, names each field and problem.
 */
export function answerProblems(answer: Answer, shape: 'vigil' | 'alertmanager' = 'vigil'): string[] {
  const { status } = answer;
  if (status >= 500) return [`answered ${status}`];
  if (status < 400) return [];
  // Alertmanager's API v2 answers its errors as the message alone, a JSON string.
  if (shape === 'alertmanager') return typeof answer.body === 'string' && answer.body.trim() !== '' ? [] : ['no message (Alertmanager error shape: a JSON string)'];
  const body = (answer.body ?? {}) as Partial<ErrorBody>;
  const problems: string[] = [];
  if (body.statusCode !== status) problems.push(`statusCode ${String(body.statusCode)} in a ${status} answer`);
  if (typeof body.error !== 'string' || body.error === '') problems.push('no error name');
  if (typeof body.message !== 'string' || body.message.trim() === '') problems.push('no message');
  if (status === 400 && body.details?.fields !== undefined) {
    const fields = body.details.fields;
    if (!Array.isArray(fields) || fields.length === 0) problems.push('details.fields is empty');
    for (const f of Array.isArray(fields) ? fields : []) {
      if (typeof f?.field !== 'string' || f.field === '') problems.push(`a field problem without a field: ${JSON.stringify(f)}`);
      if (typeof f?.problem !== 'string' || f.problem === '') problems.push(`a field problem without words: ${JSON.stringify(f)}`);
    }
  }
  return problems;
}
