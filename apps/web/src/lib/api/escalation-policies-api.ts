import { EscalationPolicy, type EscalationPolicyInput } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { API_PATHS, itemPath } from './paths';

export class EscalationPoliciesApi {
  constructor(private readonly http: ApiTransport) {}

  list(options: RequestOptions = {}): Promise<EscalationPolicy[]> {
    return this.http.call('GET', API_PATHS.escalationPolicies, EscalationPolicy.array(), options);
  }

  create(input: EscalationPolicyInput): Promise<EscalationPolicy> {
    return this.http.call('POST', API_PATHS.escalationPolicies, EscalationPolicy, { body: input });
  }

  update(id: string, input: EscalationPolicyInput): Promise<EscalationPolicy> {
    return this.http.call('PUT', itemPath(API_PATHS.escalationPolicies, id), EscalationPolicy, { body: input });
  }

  remove(id: string): Promise<void> {
    return this.http.callForNoContent('DELETE', itemPath(API_PATHS.escalationPolicies, id));
  }
}
