import { Inject, Injectable } from '@nestjs/common';
import type {
  AlertGroup,
  AlertmanagerAlertsQuery,
  AlertmanagerReceiver,
  AlertmanagerSilencesQuery,
  AlertmanagerStatus,
  GettableAlert,
  GettableSilence,
  PostableSilence,
  PostSilenceAnswer,
} from '@vigil/types';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { VIGIL_VERSION } from '../../common/version.js';
import { NotFound, ValidationFailed } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AlertRepository } from '../lifecycle/alert.repository.js';
import type { AlertRow } from '../lifecycle/alert-row.js';
import { ChannelRepository } from '../notifications/channel.repository.js';
import { ChannelTargets } from '../notifications/notification-planner.service.js';
import { AlertRuleRepository } from '../rules/alert-rule.repository.js';
import { ActiveSilences } from '../silences/active-silences.js';
import { silenceSpecOf } from '../silences/silence-window.js';
import { SilenceRepository } from '../silences/silence.repository.js';
import {
  groupAlerts,
  renderAlertmanagerConfig,
  ROOT_RECEIVER,
  selectAlerts,
  silenceMatchesFilter,
  silenceState,
  sortSilences,
  toGettableAlert,
  toGettableSilence,
} from './alertmanager-view.js';

/** As many silences as `GET /api/v1/silences` answers. */
const SILENCE_LIST_LIMIT = 1_000;

/**
 * Alertmanager's API v2 over Vigil's own alerts, silences and channels: the same rows
 * `/api/v1` answers, in Alertmanager's shapes. Alerts are the firing and acknowledged
 * ones (rule alerts and posted ones); their receivers are the channels they go to.
 */
@Injectable()
export class AlertmanagerApiService {
  private readonly startedAt = new Date(Date.now() - Math.round(process.uptime() * 1_000));

  constructor(
    private readonly alerts: AlertRepository,
    private readonly silences: SilenceRepository,
    private readonly channels: ChannelRepository,
    private readonly rules: AlertRuleRepository,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async listAlerts(query: AlertmanagerAlertsQuery): Promise<GettableAlert[]> {
    return selectAlerts(await this.openAlerts(), query);
  }

  async groups(query: AlertmanagerAlertsQuery): Promise<AlertGroup[]> {
    const selected = selectAlerts(await this.openAlerts(), { ...query, receiver: undefined });
    return groupAlerts(selected, this.config.alerts.grouping.by, query.receiver);
  }

  async listSilences(query: AlertmanagerSilencesQuery): Promise<GettableSilence[]> {
    const now = this.clock.now();
    const all = (await this.silences.findAll(SILENCE_LIST_LIMIT)).map((row) => toGettableSilence(row, now));
    return sortSilences(all.filter((s) => silenceMatchesFilter(s, query.filter)));
  }

  async getSilence(id: string): Promise<GettableSilence> {
    const row = await this.silences.findById(id);
    if (!row) throw new NotFound('silence', id);
    return toGettableSilence(row, this.clock.now());
  }

  /**
   * A new silence, or with `id` an update of that one: in place while it has not
   * expired; an expired one stays as it was and a new silence takes its place.
   */
  async postSilence(input: PostableSilence): Promise<PostSilenceAnswer> {
    const now = this.clock.now();
    const { id, ...body } = input;
    const { spec, problems } = silenceSpecOf(body, now);
    if (!spec) throw new ValidationFailed(problems);
    if (id !== undefined) {
      const existing = await this.silences.findById(id);
      if (!existing) throw new NotFound('silence', id);
      if (silenceState(existing, now) !== 'expired') {
        const updated = await this.silences.update(id, spec, now);
        if (!updated) throw new NotFound('silence', id);
        return { silenceID: updated.id };
      }
    }
    return { silenceID: (await this.silences.insert(spec, now)).id };
  }

  async expireSilence(id: string): Promise<void> {
    if (!(await this.silences.expire(id, this.clock.now()))) throw new NotFound('silence', id);
  }

  async receivers(): Promise<AlertmanagerReceiver[]> {
    const names = (await this.channels.findAll()).map((c) => c.name);
    return [ROOT_RECEIVER, ...names.filter((n) => n !== ROOT_RECEIVER)].map((name) => ({ name }));
  }

  async status(): Promise<AlertmanagerStatus> {
    return {
      cluster: { name: this.config.instanceId, status: 'ready', peers: [] },
      versionInfo: {
        version: VIGIL_VERSION,
        revision: this.config.build.revision ?? 'unknown',
        branch: this.config.build.branch ?? 'unknown',
        buildUser: 'vigil',
        buildDate: 'unknown',
        goVersion: `node ${process.version}`,
      },
      config: { original: await this.configYaml() },
      uptime: this.startedAt.toISOString(),
    };
  }

  private async configYaml(): Promise<string> {
    const { grouping, resolveTimeoutMs } = this.config.alerts;
    const channels = await this.channels.findAll();
    const enabled = new Map(channels.filter((c) => c.enabled).map((c) => [c.id, c.name]));
    const ruleRoutes = (await this.rules.findAll())
      .filter((rule) => rule.enabled)
      .map((rule) => ({ alertname: rule.name, receivers: rule.channelIds.flatMap((id) => enabled.get(id) ?? []) }))
      .filter((route) => route.receivers.length > 0);
    return renderAlertmanagerConfig({
      groupBy: grouping.by,
      groupWaitMs: grouping.waitMs,
      groupIntervalMs: grouping.intervalMs,
      repeatIntervalMs: grouping.repeatIntervalMs,
      resolveTimeoutMs,
      defaultReceivers: channels.filter((c) => c.enabled && c.isDefault).map((c) => c.name),
      ruleRoutes,
      receivers: channels.map((c) => c.name),
    });
  }

  /** Firing and acknowledged alerts, each with its receivers and silences. */
  private async openAlerts(): Promise<GettableAlert[]> {
    const now = this.clock.now();
    const [rows, channels, rules, active] = await Promise.all([
      this.alerts.findFiring(this.dataSource.manager),
      this.channels.findAll(),
      this.rules.findAll(),
      this.silences.findActive(now),
    ]);
    const targets = new ChannelTargets(channels, new Map(rules.map((r) => [r.id, r])));
    const silences = new ActiveSilences(active);
    const receiversOf = (row: AlertRow) => targets.of(row).flatMap((id) => targets.channel(id)?.name ?? []);
    return rows.map((row) => toGettableAlert(row, receiversOf(row), silences, this.config.alerts.resolveTimeoutMs));
  }
}
