import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module.js';
import { AlertmanagerApiController } from './alertmanager/alertmanager-api.controller.js';
import { AlertmanagerApiService } from './alertmanager/alertmanager-api.service.js';
import { AlertRetention } from './alert-retention.service.js';
import { AlertsJobs } from './alerts.jobs.js';
import { AlertsMetrics } from './alerts.metrics.js';
import { ChannelSenders } from './channels/channel-senders.js';
import { EscalationPoliciesController } from './escalation/escalation-policies.controller.js';
import { EscalationPoliciesService } from './escalation/escalation-policies.service.js';
import { EscalationPolicyRepository } from './escalation/escalation-policy.repository.js';
import { AlertEvaluator } from './evaluation/alert-evaluator.service.js';
import { HealthStateBook } from './evaluation/health-state.book.js';
import { AlertRepository } from './lifecycle/alert.repository.js';
import { AlertsController } from './lifecycle/alerts.controller.js';
import { AlertsService } from './lifecycle/alerts.service.js';
import { ChannelRepository } from './notifications/channel.repository.js';
import { ChannelsController } from './notifications/channels.controller.js';
import { ChannelsService } from './notifications/channels.service.js';
import { DeliveryWorker } from './notifications/delivery-worker.service.js';
import { DeliveryRepository } from './notifications/delivery.repository.js';
import { NotificationGroupRepository } from './notifications/notification-group.repository.js';
import { NotificationPlanner } from './notifications/notification-planner.service.js';
import { PrometheusAlertsController } from './prometheus/prometheus-alerts.controller.js';
import { PrometheusIngestService } from './prometheus/prometheus-ingest.service.js';
import { AlertRuleRepository } from './rules/alert-rule.repository.js';
import { AlertRulesController } from './rules/alert-rules.controller.js';
import { AlertRulesService } from './rules/alert-rules.service.js';
import { DefaultRulesSeeder } from './rules/default-rules.seeder.js';
import { SilenceRepository } from './silences/silence.repository.js';
import { SilencesController } from './silences/silences.controller.js';
import { SilencesService } from './silences/silences.service.js';

/**
 * AlertManager: rules evaluated over stored samples and health events, the alert
 * lifecycle, silences, Alertmanager-style grouping, channels with a delivery outbox,
 * escalation, and Alertmanager's API v2 (receiving alerts, alerts, groups, silences,
 * status and receivers) over the same data.
 */
@Module({
  imports: [MetricsModule],
  controllers: [
    AlertRulesController,
    AlertsController,
    SilencesController,
    ChannelsController,
    EscalationPoliciesController,
    PrometheusAlertsController,
    AlertmanagerApiController,
  ],
  providers: [
    AlertsMetrics,
    AlertRuleRepository,
    AlertRulesService,
    DefaultRulesSeeder,
    AlertRepository,
    AlertsService,
    SilenceRepository,
    SilencesService,
    ChannelSenders,
    ChannelRepository,
    ChannelsService,
    DeliveryRepository,
    DeliveryWorker,
    NotificationGroupRepository,
    NotificationPlanner,
    EscalationPolicyRepository,
    EscalationPoliciesService,
    HealthStateBook,
    AlertEvaluator,
    PrometheusIngestService,
    AlertmanagerApiService,
    AlertRetention,
    AlertsJobs,
  ],
})
export class AlertsModule {}
