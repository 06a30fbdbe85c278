import { AppError } from '../common/errors/app-error.js';

/** `GET /health/startup` before every expected step completed and migrations are applied. */
export class StartupIncomplete extends AppError {
  constructor(readonly pending: string[]) {
    super('DEPENDENCY_UNAVAILABLE', `not started: waiting for ${pending.join(', ')}`);
  }
}
