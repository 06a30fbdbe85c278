import type { EscalationPolicy, EscalationPolicyInput } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { isNoContent } from '../contract-guards';
import { isEscalationPolicy, isEscalationPolicyList } from '../guards/notification-guards';
import { API_PATHS, itemPath } from './paths';

export class EscalationPoliciesApi {
  constructor(private readonly http: ApiTransport) {}

  list(options: RequestOptions = {}): Promise<EscalationPolicy[]> {
    return this.http.call('GET', API_PATHS.escalationPolicies, isEscalationPolicyList, 'a list of escalation policies', options);
  }

  create(input: EscalationPolicyInput): Promise<EscalationPolicy> {
    return this.http.call('POST', API_PATHS.escalationPolicies, isEscalationPolicy, 'an escalation policy', { body: input });
  }

  update(id: string, input: EscalationPolicyInput): Promise<EscalationPolicy> {
    return this.http.call('PUT', itemPath(API_PATHS.escalationPolicies, id), isEscalationPolicy, 'an escalation policy', { body: input });
  }

  remove(id: string): Promise<void> {
    return this.http.call('DELETE', itemPath(API_PATHS.escalationPolicies, id), isNoContent, 'no content');
  }
}
