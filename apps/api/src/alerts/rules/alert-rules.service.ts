import { Inject, Injectable } from '@nestjs/common';
import type { AlertRule, AlertRuleSpec, FieldProblem } from '@vigil/types';
import { Clock } from '../../common/clock.js';
import { AppError, NotFound, ValidationFailed } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { EscalationPolicyRepository } from '../escalation/escalation-policy.repository.js';
import { ChannelRepository } from '../notifications/channel.repository.js';
import { AlertRuleRepository } from './alert-rule.repository.js';
import { toAlertRule } from './alert-rule.mapper.js';
import { ruleLimitProblems, ruleSpecOf, type RuleSpec } from './rule-spec.js';

/** CRUD of alert rules; everything is checked before anything is written. */
@Injectable()
export class AlertRulesService {
  constructor(
    private readonly rules: AlertRuleRepository,
    private readonly channels: ChannelRepository,
    private readonly policies: EscalationPolicyRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<AlertRule[]> {
    return (await this.rules.findAll()).map(toAlertRule);
  }

  async get(id: string): Promise<AlertRule> {
    const row = await this.rules.findById(id);
    return row ? toAlertRule(row) : this.notFound(id);
  }

  async create(input: AlertRuleSpec): Promise<AlertRule> {
    const spec = await this.checked(input);
    if ((await this.rules.count()) >= this.config.alerts.maxRules) {
      throw new AppError('CONFLICT', `alert rules: the limit of ${this.config.alerts.maxRules} (ALERT_MAX_RULES) is reached`);
    }
    await this.assertNameFree(spec.name);
    return toAlertRule(await this.rules.insert(spec, this.clock.now()));
  }

  async update(id: string, input: AlertRuleSpec): Promise<AlertRule> {
    await this.get(id);
    const spec = await this.checked(input);
    await this.assertNameFree(spec.name, id);
    const row = await this.rules.update(id, spec, this.clock.now());
    return row ? toAlertRule(row) : this.notFound(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.rules.delete(id))) this.notFound(id);
  }

  /** What the schema cannot know: the instance's retention and which ids exist. */
  private async checked(input: AlertRuleSpec): Promise<RuleSpec> {
    const spec = ruleSpecOf(input);
    const limits = ruleLimitProblems(spec, { maxWindowMs: this.config.history.retentionMs.raw, maxMetricNameLength: this.config.history.maxMetricNameLength });
    if (limits.length > 0) throw new ValidationFailed(limits);
    const references: FieldProblem[] = [];
    const known = new Set(await this.channels.findExistingIds(spec.channelIds));
    spec.channelIds.forEach((id, i) => {
      if (!known.has(id)) references.push({ field: `channelIds[${i}]`, problem: `no channel with id ${id}` });
    });
    if (spec.escalationPolicyId && !(await this.policies.exists(spec.escalationPolicyId))) {
      references.push({ field: 'escalationPolicyId', problem: `no escalation policy with id ${spec.escalationPolicyId}` });
    }
    if (references.length > 0) throw new ValidationFailed(references);
    return spec;
  }

  private async assertNameFree(name: string, ownId?: string): Promise<void> {
    const holder = await this.rules.findIdByName(name);
    if (holder && holder !== ownId) throw new AppError('CONFLICT', `name: an alert rule named "${name}" exists`);
  }

  private notFound(id: string): never {
    throw new NotFound('alert rule', id);
  }
}
