import type { StoredRule } from '../rules/rule-spec.js';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { takeAdvisoryXactLock } from '../../common/database/advisory-lock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { planEscalations } from '../escalation/escalation-planner.js';
import { EscalationPolicyRepository } from '../escalation/escalation-policy.repository.js';
import type { AlertEventRow, AlertRow } from '../lifecycle/alert-row.js';
import { AlertRepository } from '../lifecycle/alert.repository.js';
import { AlertRuleRepository } from '../rules/alert-rule.repository.js';
import { ActiveSilences } from '../silences/active-silences.js';
import { SilenceRepository } from '../silences/silence.repository.js';
import { ChannelRepository, type ChannelRow } from './channel.repository.js';
import { DeliveryRepository, type NewDelivery } from './delivery.repository.js';
import { planGroups, type Candidate } from './group-planner.js';
import { NotificationGroupRepository } from './notification-group.repository.js';
import { buildMessage } from './notification-message.js';

/** Where an alert's notifications go: its rule's channels, or the default ones. */
export class ChannelTargets {
  private readonly enabled: Map<string, ChannelRow>;
  private readonly defaults: string[];

  constructor(channels: readonly ChannelRow[], private readonly rules: ReadonlyMap<string, StoredRule>) {
    this.enabled = new Map(channels.filter((c) => c.enabled).map((c) => [c.id, c]));
    this.defaults = [...this.enabled.values()].filter((c) => c.isDefault).map((c) => c.id);
  }

  of(alert: AlertRow): string[] {
    const named = alert.ruleId ? (this.rules.get(alert.ruleId)?.channelIds ?? []) : [];
    return named.length > 0 ? this.only(named) : this.defaults;
  }

  /** Enabled channels among `ids`; deleted or disabled ones are skipped. */
  only(ids: readonly string[]): string[] {
    return ids.filter((id) => this.enabled.has(id));
  }

  channel(id: string): ChannelRow | undefined {
    return this.enabled.get(id);
  }
}

/**
 * Decides, inside the transaction that changed the alerts, which notifications are
 * due: Alertmanager-style groups per channel, escalations, and acknowledgements. The
 * deliveries it writes commit with the alert changes or not at all.
 */
@Injectable()
export class NotificationPlanner {
  constructor(
    private readonly alerts: AlertRepository,
    private readonly groups: NotificationGroupRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly channels: ChannelRepository,
    private readonly rules: AlertRuleRepository,
    private readonly policies: EscalationPolicyRepository,
    private readonly silences: SilenceRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `allRules`: the evaluation's own read of every rule, so it is not read twice per cycle. */
  async plan(manager: EntityManager, now: Date, allRules?: readonly StoredRule[]): Promise<number> {
    // Posted alerts and the evaluation job may plan at once on two replicas: one at a time.
    await takeAdvisoryXactLock(manager, 'alerts.notify');
    const rules = new Map((allRules ?? (await this.rules.findAll(manager))).map((r) => [r.id, r]));
    const targets = new ChannelTargets(await this.channels.findAll(manager), rules);
    const silences = new ActiveSilences(await this.silences.findActive(now, manager));
    const firing = (await this.alerts.findFiring(manager)).filter((a) => !silences.isSilenced(a.labels));
    const candidates: Candidate[] = firing
      .filter((a) => !a.notifyAfter || a.notifyAfter <= now)
      .map((alert) => ({ alert, channelIds: targets.of(alert) }));
    const allGroups = await this.groups.findAllForUpdate(manager);
    // A disabled channel's groups start afresh if it is enabled again.
    const groups = allGroups.filter((g) => targets.channel(g.channelId));
    const orphaned = allGroups.filter((g) => !targets.channel(g.channelId));
    const sentIds = [...new Set(groups.flatMap((g) => g.sentAlertIds))];
    const resolved = new Map(
      (await this.alerts.findByIds(sentIds, manager)).filter((a) => a.status === 'resolved').map((a) => [a.id, a]),
    );
    const plan = planGroups(candidates, resolved, groups, now, this.config.alerts.grouping);

    const deliveries: NewDelivery[] = [];
    const events: AlertEventRow[] = [];
    const notified = new Set<string>();
    const sentBy = this.config.instanceId;
    for (const flush of plan.flushes) {
      const alerts = [...flush.firing, ...flush.resolved];
      deliveries.push({ channelId: flush.channelId, kind: 'alerts', message: buildMessage('alerts', flush, alerts, sentBy), alertIds: alerts.map((a) => a.id) });
      const note = `channel ${targets.channel(flush.channelId)?.name ?? flush.channelId}`;
      for (const alert of alerts) {
        notified.add(alert.id);
        events.push({ alertId: alert.id, type: 'notified', at: now, value: alert.value, note, actor: null });
      }
    }

    const levels = new Map<string, number>();
    const policies = new Map((await this.policies.findAll(manager)).map((p) => [p.id, p]));
    for (const step of planEscalations(firing, rules, policies, now)) {
      const group = { groupKey: `escalation:${step.alert.fingerprint}`, groupLabels: { alertname: step.alert.name } };
      for (const channelId of targets.only(step.channelIds)) {
        deliveries.push({ channelId, kind: 'escalation', message: buildMessage('escalation', group, [step.alert], sentBy, step.level), alertIds: [step.alert.id] });
      }
      levels.set(step.alert.id, Math.max(levels.get(step.alert.id) ?? 0, step.level));
      events.push({ alertId: step.alert.id, type: 'escalated', at: now, value: step.alert.value, note: `level ${step.level}`, actor: null });
    }

    await this.groups.upsertMany(plan.upserts, manager);
    await this.groups.deleteMany([...plan.deletes, ...orphaned], manager);
    await this.deliveries.insertMany(deliveries, now, manager);
    await this.alerts.markNotified([...notified], now, manager);
    await this.alerts.setEscalationLevels(levels, manager);
    await this.alerts.insertEvents(events, manager);
    return deliveries.length;
  }

  /** PagerDuty incidents follow an acknowledgement; other channel kinds have no such notion. */
  async acknowledged(alert: AlertRow, manager: EntityManager, now: Date): Promise<void> {
    const rules = new Map((await this.rules.findAll(manager)).map((r) => [r.id, r]));
    const targets = new ChannelTargets(await this.channels.findAll(manager), rules);
    const group = { groupKey: `ack:${alert.fingerprint}`, groupLabels: { alertname: alert.name } };
    const rows: NewDelivery[] = targets
      .of(alert)
      .filter((id) => targets.channel(id)?.type === 'pagerduty')
      .map((channelId) => ({ channelId, kind: 'acknowledged', message: buildMessage('acknowledged', group, [alert], this.config.instanceId), alertIds: [alert.id] }));
    await this.deliveries.insertMany(rows, now, manager);
  }
}
