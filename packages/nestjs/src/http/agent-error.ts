import { STATUS_CODES } from 'node:http';
import type { ErrorBody } from '@vigil/types';

/** An answer other than success from one of the module's endpoints; the message names what is at fault. */
export class AgentHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'AgentHttpError';
  }

  toBody(): ErrorBody {
    return { statusCode: this.status, error: STATUS_CODES[this.status] ?? 'Error', message: this.message };
  }
}

export const unauthorized = (what: string, realm: string) =>
  new AgentHttpError(401, `${what}: a valid bearer token is required in the Authorization header`, {
    'www-authenticate': `Bearer realm="${realm}"`,
  });
