import { Inject, Injectable } from '@nestjs/common';
import type { Channel, ChannelTestResult, NotificationDelivery, NotificationMessage } from '@vigil/types';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { AppError, NotFound, ValidationFailed } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ChannelSenders } from '../channels/channel-senders.js';
import { EscalationPolicyRepository } from '../escalation/escalation-policy.repository.js';
import { AlertRuleRepository } from '../rules/alert-rule.repository.js';
import { ChannelRepository, type ChannelRow, type ChannelSpec } from './channel.repository.js';
import { restoreSecrets } from '../channels/channel-config.js';
import type { ChannelBody } from './channel.dto.js';
import { toDelivery } from './delivery.mapper.js';
import { DeliveryRepository } from './delivery.repository.js';

/** Deliveries listed per channel, newest first. */
const DELIVERY_LIST_LIMIT = 100;

/** The parsed input as stored; on update a masked secret keeps the stored value of a channel of the same type. */
function specOf(input: ChannelBody, existing?: ChannelRow): ChannelSpec {
  const stored = existing?.type === input.type ? existing : undefined;
  const { config, problems } = restoreSecrets(input.type, input.config, stored?.config);
  if (!config) throw new ValidationFailed(problems);
  // restoreSecrets returns the config of input.type, so type and config still pair up.
  return { ...input, config } as ChannelSpec;
}

/** CRUD of channels with secrets masked in every answer, and the synchronous test send. */
@Injectable()
export class ChannelsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly channels: ChannelRepository,
    private readonly rules: AlertRuleRepository,
    private readonly policies: EscalationPolicyRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly senders: ChannelSenders,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<Channel[]> {
    return (await this.channels.findAll()).map((row) => this.toChannel(row));
  }

  async get(id: string): Promise<Channel> {
    return this.toChannel(await this.row(id));
  }

  async create(input: ChannelBody): Promise<Channel> {
    const spec = specOf(input);
    await this.assertNameFree(spec.name);
    return this.toChannel(await this.channels.insert(spec, this.clock.now()));
  }

  async update(id: string, input: ChannelBody): Promise<Channel> {
    const spec = specOf(input, await this.row(id));
    await this.assertNameFree(spec.name, id);
    const row = await this.channels.update(id, spec, this.clock.now());
    if (!row) throw new NotFound('channel', id);
    return this.toChannel(row);
  }

  /** The channel goes, and with it every mention of it in rules and escalation levels. */
  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.channels.delete(id, manager))) throw new NotFound('channel', id);
      await this.rules.removeChannel(id, manager);
      await this.policies.removeChannel(id, manager);
    });
  }

  async listDeliveries(id: string): Promise<NotificationDelivery[]> {
    await this.row(id);
    return (await this.deliveries.findByChannel(id, DELIVERY_LIST_LIMIT)).map(toDelivery);
  }

  /** Sends a sample notification now, bypassing the outbox, and reports what happened. */
  async test(id: string): Promise<ChannelTestResult> {
    const row = await this.row(id);
    const now = this.clock.now();
    const message = testMessage(row, now, this.config.instanceId);
    const started = performance.now();
    const attempt = await this.senders.attempt(row, message, { deliveryId: `test-${now.getTime()}`, timeoutMs: this.config.alerts.delivery.timeoutMs });
    const durationMs = Math.round(performance.now() - started);
    return attempt.isDelivered
      ? { isDelivered: true, responseStatus: attempt.responseStatus, durationMs, error: null }
      : { isDelivered: false, responseStatus: attempt.failure.responseStatus, durationMs, error: attempt.failure.message };
  }

  private async row(id: string): Promise<ChannelRow> {
    const row = await this.channels.findById(id);
    if (!row) throw new NotFound('channel', id);
    return row;
  }

  private async assertNameFree(name: string, ownId?: string): Promise<void> {
    const holder = await this.channels.findIdByName(name);
    if (holder && holder !== ownId) throw new AppError('CONFLICT', `name: a channel named "${name}" exists`);
  }

  private toChannel(row: ChannelRow): Channel {
    return {
      id: row.id,
      name: row.name,
      type: row.type,
      config: this.senders.mask(row),
      isDefault: row.isDefault,
      enabled: row.enabled,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

function testMessage(channel: ChannelRow, now: Date, instance: string): NotificationMessage {
  const labels = { alertname: 'VigilTestNotification', severity: 'info', instance };
  return {
    kind: 'test',
    status: 'firing',
    groupKey: `test:${channel.id}`,
    groupLabels: { alertname: labels.alertname },
    title: `[TEST] Vigil test notification for channel "${channel.name}"`,
    sentBy: instance,
    alerts: [
      {
        alertId: 'test',
        fingerprint: 'test',
        status: 'firing',
        name: labels.alertname,
        severity: 'info',
        labels,
        annotations: { summary: `Test notification for channel "${channel.name}"; nothing is wrong.` },
        value: null,
        startsAt: now.toISOString(),
        endsAt: null,
        generatorUrl: null,
      },
    ],
  };
}
