import type { FieldProblem, JsonSettingSchema, SettingDefinition } from '@vigil/types';
import { validateHttpTargets } from '../common/validation/http-targets.validator.js';

/** One validator per JSON shape; each names the offending path under `field`. */
const JSON_VALIDATORS: Record<JsonSettingSchema, (value: unknown, field: string) => FieldProblem[]> = {
  'health-http-targets': validateHttpTargets,
};

/** Checks a value against its catalogue definition; returns the problems, if any. */
export function validateSettingValue(definition: SettingDefinition, value: unknown): FieldProblem[] {
  const problem = (text: string): FieldProblem[] => [{ field: 'value', problem: text }];
  switch (definition.type) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return problem('must be a finite number');
      if (definition.allowed && !definition.allowed.includes(value)) {
        return problem(`must be one of ${definition.allowed.join(', ')}`);
      }
      if (definition.min !== undefined && value < definition.min) return problem(`must be at least ${definition.min}`);
      if (definition.max !== undefined && value > definition.max) return problem(`must be at most ${definition.max}`);
      return [];
    }
    case 'string': {
      if (typeof value !== 'string') return problem('must be a string');
      if (value.length === 0) return problem('must not be empty');
      if (value.length > definition.maxLength) {
        return problem(`must be at most ${definition.maxLength} characters`);
      }
      if (definition.pattern && !new RegExp(definition.pattern).test(value)) {
        return problem(`must match ${definition.pattern}`);
      }
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : problem('must be true or false');
    case 'json':
      return JSON_VALIDATORS[definition.schema](value, 'value');
  }
}
