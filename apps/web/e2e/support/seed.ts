import type { Channel, ChannelInput, EscalationPolicyInput, MetricQueryResult, PrometheusAlert, ProfilingSession, ScrapeTarget } from '@vigil/types';
import { apiJson, eventually } from './api-calls';
import { startDemoService, type DemoService } from './demo-service';
import { postFiringAlert } from './firing-alert';
import { closedPortUrl } from './metrics-exporter';
import { addTarget, scrapedAs } from './scrape-targets';

const SAMPLES_FOR_A_LINE = 20;

/** Waits until the charts have a line to draw (the test API stores a sample every second). */
async function enoughHistory(apiUrl: string): Promise<void> {
  await eventually(async () => {
    const result = await apiJson<MetricQueryResult>(apiUrl, 'GET', '/api/v1/metrics/query?name=vigil_system_cpu_utilisation_ratio&step=1s&from=' + (Date.now() - 15 * 60_000));
    return (result.series[0]?.points.length ?? 0) >= SAMPLES_FOR_A_LINE ? result : undefined;
  }, 40_000);
}

/** A channel nobody receives on (nothing routes to it) and a policy that pages it, for the Channels and Escalation pages. */
async function seedChannels(apiUrl: string): Promise<void> {
  const channel: ChannelInput = {
    name: 'ops-webhook',
    type: 'webhook',
    config: { url: 'https://hooks.example.org/vigil', secret: 'screenshot-secret', headers: { authorization: 'Bearer screenshot' } },
  };
  const created = await apiJson<Channel>(apiUrl, 'POST', '/api/v1/channels', channel);
  const policy: EscalationPolicyInput = {
    name: 'Page ops after 15 min',
    levels: [
      { afterMinutes: 15, channelIds: [created.id] },
      { afterMinutes: 45, channelIds: [created.id] },
    ],
  };
  await apiJson(apiUrl, 'POST', '/api/v1/escalation-policies', policy);
}

/**
 * For the Instances page: a target scraping the spec's exporter (up, with a few scrapes of
 * history) and one on a closed port (down, with its error). Returns the first.
 */
async function seedTargets(apiUrl: string, exporterUrl: string): Promise<ScrapeTarget> {
  const up = await addTarget(apiUrl, { service: 'checkout', url: exporterUrl, instance: 'checkout-7d9f:3000' });
  const down = await addTarget(apiUrl, { service: 'orders', url: await closedPortUrl() });
  await Promise.all([scrapedAs(apiUrl, up.id, 'up'), scrapedAs(apiUrl, down.id, 'down')]);
  const labels = encodeURIComponent(`service=${up.service},instance=${up.instance}`);
  await eventually(async () => {
    const result = await apiJson<MetricQueryResult>(apiUrl, 'GET', `/api/v1/metrics/query?name=up&labels=${labels}&step=1s&from=${Date.now() - 15 * 60_000}`);
    return (result.series[0]?.points.length ?? 0) >= 5 ? result : undefined;
  }, 30_000);
  return up;
}

async function completedProfile(apiUrl: string, input: { label: string; target?: string }): Promise<void> {
  const session = await apiJson<ProfilingSession>(apiUrl, 'POST', '/api/v1/profiler/sessions', { type: 'cpu', durationMs: 1_000, ...input });
  await eventually(async () => {
    const current = await apiJson<ProfilingSession>(apiUrl, 'GET', `/api/v1/profiler/sessions/${session.id}`);
    return current.status === 'completed' ? current : undefined;
  }, 30_000);
}

/**
 * Something on every page: the demo service registered by its agent, a finished CPU profile
 * of the API and one of the demo, and (when the API has them) firing alerts, a channel and
 * a policy. The caller stops the demo once the pages are taken.
 */
export async function seedForScreenshots(apiUrl: string, exporterUrl: string): Promise<{ alertId: string; targetId: string; demo: DemoService }> {
  const demo = await startDemoService(apiUrl);
  await completedProfile(apiUrl, { label: 'checkout latency' });
  await completedProfile(apiUrl, { label: 'demo primes', target: demo.target.id });
  await enoughHistory(apiUrl);
  await seedChannels(apiUrl);
  const target = await seedTargets(apiUrl, exporterUrl);

  const alerts: PrometheusAlert[] = [
    { labels: { alertname: 'HighErrorRate', severity: 'critical', service: 'checkout' }, annotations: { summary: '5xx above 5 % on /api/orders' } },
    { labels: { alertname: 'DiskFillingUp', severity: 'warning', mount: '/' }, annotations: { summary: 'Disk / will be full in 6 h' } },
  ];
  const firing = await postFiringAlert(apiUrl, alerts, 'HighErrorRate');
  return { alertId: firing.id, targetId: target.id, demo };
}
