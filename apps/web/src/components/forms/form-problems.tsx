import type { FieldProblem } from '@vigil/types';

interface FormProblemsProps {
  /** Field problems no control of the form shows. */
  unclaimed: FieldProblem[];
  /** The failed save, if any; its message shows when the API named no field. */
  failure: Error | null;
  hasFieldProblems: boolean;
}

/** Above the buttons: what the fields themselves cannot show. */
export function FormProblems({ unclaimed, failure, hasFieldProblems }: FormProblemsProps) {
  const showsFailure = failure !== null && !hasFieldProblems;
  if (unclaimed.length === 0 && !showsFailure) return null;
  return (
    <ul className="field-problems" role="alert">
      {unclaimed.map((problem) => (
        <li key={`${problem.field}:${problem.problem}`}>{`${problem.field}: ${problem.problem}`}</li>
      ))}
      {showsFailure && <li>{failure.message}</li>}
    </ul>
  );
}
