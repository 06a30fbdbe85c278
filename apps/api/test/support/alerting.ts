import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AlertDetail, AlertRule, AlertRuleInput, AlertSummary, Channel, Page } from '@vigil/types';
import request from 'supertest';
import { AlertEvaluator } from '../../src/alerts/evaluation/alert-evaluator.service.js';
import { DeliveryWorker } from '../../src/alerts/notifications/delivery-worker.service.js';

export const unique = (prefix: string) => `${prefix}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;

/** Drives the AlertManager of a test app over HTTP, and its jobs by hand. */
export class AlertingDriver {
  constructor(private readonly app: NestFastifyApplication) {}

  private get http() {
    return request(this.app.getHttpServer());
  }

  async gauge(name: string, value: number, at: Date, labels: Record<string, string> = {}): Promise<void> {
    await this.http.post('/api/v1/metrics').send([{ name, type: 'gauge', value, labels, timestamp: at.getTime() }]).expect(202);
  }

  async webhook(url: string, secret?: string, extra: { isDefault?: boolean; name?: string } = {}): Promise<Channel> {
    const res = await this.http
      .post('/api/v1/channels')
      .send({ name: extra.name ?? unique('hook'), type: 'webhook', config: { url, ...(secret ? { secret } : {}) }, ...(extra.isDefault ? { isDefault: true } : {}) })
      .expect(201);
    return res.body as Channel;
  }

  async rule(input: AlertRuleInput): Promise<AlertRule> {
    const res = await this.http.post('/api/v1/alert-rules').send(input);
    if (res.status !== 201) throw new Error(`rule rejected: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as AlertRule;
  }

  evaluate() {
    return this.app.get(AlertEvaluator).evaluate();
  }

  deliver() {
    return this.app.get(DeliveryWorker).deliverDue();
  }

  async alertsOf(ruleId: string): Promise<AlertSummary[]> {
    const res = await this.http.get('/api/v1/alerts').query({ ruleId }).expect(200);
    return (res.body as Page<AlertSummary>).items;
  }

  async detail(id: string): Promise<AlertDetail> {
    return (await this.http.get(`/api/v1/alerts/${id}`).expect(200)).body as AlertDetail;
  }

  async disable(rule: AlertRule): Promise<void> {
    const input: Partial<AlertRule> = { ...rule };
    for (const key of ['id', 'isDefault', 'createdAt', 'updatedAt'] as const) delete input[key];
    await this.http.put(`/api/v1/alert-rules/${rule.id}`).send({ ...input, enabled: false }).expect(200);
  }
}
