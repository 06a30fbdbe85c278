import type { StoredRule } from '../rules/rule-spec.js';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { withAdvisoryLock } from '../../common/database/advisory-lock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricWindowReader, type WindowSelector } from '../../metrics/history/metric-window.reader.js';
import { parseDuration } from '../../common/validation/formats.js';
import { AlertsMetrics } from '../alerts.metrics.js';
import type { AlertEventRow } from '../lifecycle/alert-row.js';
import { AlertRepository } from '../lifecycle/alert.repository.js';
import { NotificationPlanner } from '../notifications/notification-planner.service.js';
import { AlertRuleRepository } from '../rules/alert-rule.repository.js';
import { HealthStateBook } from './health-state.book.js';
import { observeHealth, observeMetric, selectorFor, type Observation } from './rule-observations.js';
import { planTransitions, type PlannedEvent, type TransitionPlan } from './transition-planner.js';

export interface EvaluationSummary {
  rules: number;
  opened: number;
  updated: number;
  deliveries: number;
  /** Rules whose matches were cut at ALERT_MAX_ALERTS_PER_RULE. */
  truncated: number;
}

/**
 * One evaluation cycle: read what every enabled rule needs in two queries, decide
 * each (rule, label set)'s next state, then write the transitions, their events and
 * the notifications they cause in one transaction.
 */
@Injectable()
export class AlertEvaluator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: AlertRuleRepository,
    private readonly alerts: AlertRepository,
    private readonly windows: MetricWindowReader,
    private readonly health: HealthStateBook,
    private readonly notifications: NotificationPlanner,
    private readonly metrics: AlertsMetrics,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async evaluate(): Promise<EvaluationSummary> {
    const now = this.clock.now();
    // Read once per cycle: the enabled ones are evaluated, all of them route notifications.
    const allRules = await this.rules.findAll();
    const rules = allRules.filter((r) => r.enabled);
    const { observations, truncated } = await this.observe(rules, now.getTime());
    const summary = await withAdvisoryLock(this.dataSource, 'alerts.write', async (manager) => {
      const plan = planTransitions(rules, observations, await this.alerts.findOpen(manager), now);
      await this.applyCooldowns(plan, rules, manager, now);
      await this.write(plan, manager);
      const deliveries = await this.notifications.plan(manager, now, allRules);
      return { rules: rules.length, opened: plan.inserts.length, updated: plan.updates.length, deliveries, truncated };
    });
    await this.recordOpenCounts();
    return summary;
  }

  private async observe(rules: readonly StoredRule[], now: number): Promise<{ observations: Map<string, Observation[]>; truncated: number }> {
    const cap = this.config.alerts.maxAlertsPerRule;
    const metricRules: StoredRule[] = [];
    const selectors: WindowSelector[] = [];
    for (const rule of rules) {
      const selector = selectorFor(rule);
      if (selector) {
        metricRules.push(rule);
        selectors.push(selector);
      }
    }
    const results = await this.windows.read(selectors, now, cap);
    const observations = new Map<string, Observation[]>();
    let truncated = 0;
    metricRules.forEach((rule, i) => {
      const result = results[i]!;
      if (result.isTruncated) truncated++;
      observations.set(rule.id, observeMetric(rule, result, now).slice(0, cap));
    });
    const states = rules.some((r) => r.kind === 'health') ? await this.health.current() : [];
    for (const rule of rules) if (rule.kind === 'health') observations.set(rule.id, observeHealth(rule, states).slice(0, cap));
    return { observations, truncated };
  }

  /** A fingerprint notified less than its rule's cooldown ago opens quietly until the cooldown ends. */
  private async applyCooldowns(plan: TransitionPlan, rules: readonly StoredRule[], manager: EntityManager, now: Date): Promise<void> {
    const cooldowns = new Map(rules.map((r) => [r.id, parseDuration(r.cooldown) ?? 0]));
    const cooling = plan.inserts.filter(({ alert }) => (cooldowns.get(alert.ruleId ?? '') ?? 0) > 0);
    if (cooling.length === 0) return;
    const last = await this.alerts.lastNotifiedAt(cooling.map(({ alert }) => alert.fingerprint), manager);
    for (const { alert } of cooling) {
      const notifiedAt = last.get(alert.fingerprint);
      const until = notifiedAt ? notifiedAt.getTime() + (cooldowns.get(alert.ruleId!) ?? 0) : 0;
      if (until > now.getTime()) alert.notifyAfter = new Date(until);
    }
  }

  private async write(plan: TransitionPlan, manager: EntityManager): Promise<void> {
    const inserted = await this.alerts.insertMany(plan.inserts.map((i) => i.alert), manager);
    const idOf = new Map(inserted.map((a) => [a.fingerprint, a.id]));
    const events: AlertEventRow[] = [];
    const toEvents = (alertId: string, planned: PlannedEvent[], at: Date) => {
      for (const e of planned) {
        events.push({ alertId, type: e.type, at, value: e.value, note: e.note ?? null, actor: null });
        this.metrics.transitions.inc({ status: e.type });
      }
    };
    for (const { alert, events: planned } of plan.inserts) {
      const id = idOf.get(alert.fingerprint);
      if (id) toEvents(id, planned, alert.lastEvaluatedAt);
    }
    await this.alerts.updateMany(plan.updates.map((u) => u.alert), manager);
    for (const { alert, events: planned } of plan.updates) toEvents(alert.id, planned, alert.lastEvaluatedAt);
    await this.alerts.insertEvents(events, manager);
  }

  private async recordOpenCounts(): Promise<void> {
    const counts = await this.alerts.countOpenByStatus();
    for (const status of ['pending', 'firing', 'acknowledged'] as const) this.metrics.openAlerts.set({ status }, counts.get(status) ?? 0);
  }
}
