import type { AlertRule, AlertRuleInput } from '@vigil/types';
import type { ApiTransport, RequestOptions } from '../api-transport';
import { isAlertRule, isAlertRuleList } from '../guards/alert-guards';
import { API_PATHS, itemPath } from './paths';

export class AlertRulesApi {
  constructor(private readonly http: ApiTransport) {}

  list(options: RequestOptions = {}): Promise<AlertRule[]> {
    return this.http.call('GET', API_PATHS.alertRules, isAlertRuleList, 'a list of alert rules', options);
  }

  create(input: AlertRuleInput): Promise<AlertRule> {
    return this.http.call('POST', API_PATHS.alertRules, isAlertRule, 'an alert rule', { body: input });
  }

  /** PUT replaces the whole rule: `input` must carry every field (see `ruleToInput`). */
  update(id: string, input: AlertRuleInput): Promise<AlertRule> {
    return this.http.call('PUT', itemPath(API_PATHS.alertRules, id), isAlertRule, 'an alert rule', { body: input });
  }
}
