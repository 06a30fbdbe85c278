import { AlertRule, type AlertRuleInput } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { API_PATHS, itemPath } from './paths';

export class AlertRulesApi {
  constructor(private readonly http: ApiTransport) {}

  list(options: RequestOptions = {}): Promise<AlertRule[]> {
    return this.http.call('GET', API_PATHS.alertRules, AlertRule.array(), options);
  }

  create(input: AlertRuleInput): Promise<AlertRule> {
    return this.http.call('POST', API_PATHS.alertRules, AlertRule, { body: input });
  }

  /** PUT replaces the whole rule: `input` must carry every field (see `ruleToInput`). */
  update(id: string, input: AlertRuleInput): Promise<AlertRule> {
    return this.http.call('PUT', itemPath(API_PATHS.alertRules, id), AlertRule, { body: input });
  }
}
