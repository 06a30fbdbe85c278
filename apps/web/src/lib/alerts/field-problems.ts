import type { FieldProblem } from '@vigil/types';

/** Whether `field` is `path` itself or inside it (`config.to[1]` is inside `config.to`). */
export function isAtPath(field: string, path: string): boolean {
  return field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`);
}

/** The messages to show next to the control of `path`: the bare problem, or `to[1]: …` for a part of it. */
export function problemsAt(problems: FieldProblem[], path: string): string[] {
  const leaf = path.split('.').at(-1) ?? path;
  return problems
    .filter((problem) => isAtPath(problem.field, path))
    .map((problem) => (problem.field === path ? problem.problem : `${leaf}${problem.field.slice(path.length)}: ${problem.problem}`));
}

/** Problems no shown control claims, for the list above the form's buttons. */
export function unclaimedProblems(problems: FieldProblem[], shownPaths: readonly string[]): FieldProblem[] {
  return problems.filter((problem) => !shownPaths.some((path) => isAtPath(problem.field, path)));
}
