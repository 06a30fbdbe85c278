import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldProblem } from '@vigil/types';
import { ValidationFailed } from './app-error.js';

/** Flattens class-validator's nested errors into `path.to.field: problem` entries. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((problem) => ({
      field,
      problem: problem.replace(new RegExp(`^${error.property} `), ''),
    }));
    return [...own, ...toFieldProblems(error.children ?? [], field)];
  });
}

/** Rejects unknown properties and wrong types; every failure names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailed(toFieldProblems(errors)),
  });
}
