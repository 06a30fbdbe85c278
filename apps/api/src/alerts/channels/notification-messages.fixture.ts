import type { NotificationMessage, NotifiedAlert } from '@vigil/types';

/** Alerts and messages for the channel specs; each builder takes overrides. */
export function notifiedAlert(overrides: Partial<NotifiedAlert> = {}): NotifiedAlert {
  return {
    alertId: 'alert-1',
    fingerprint: 'fp-0001',
    status: 'firing',
    name: 'HighCpu',
    severity: 'warning',
    labels: { alertname: 'HighCpu', instance: 'web-1:9100', job: 'node' },
    annotations: { summary: 'CPU above 80%', runbookUrl: 'https://runbooks.example.com/high-cpu' },
    value: 93.5,
    startsAt: '2026-12-01T08:00:00.000Z',
    endsAt: null,
    generatorUrl: 'https://vigil.example.com/alerts/alert-1',
    ...overrides,
  };
}

export function notificationMessage(overrides: Partial<NotificationMessage> = {}): NotificationMessage {
  return {
    kind: 'alerts',
    status: 'firing',
    groupKey: '{}:{alertname="HighCpu"}',
    groupLabels: { alertname: 'HighCpu' },
    alerts: [
      notifiedAlert(),
      notifiedAlert({
        alertId: 'alert-2',
        fingerprint: 'fp-0002',
        labels: { alertname: 'HighCpu', instance: 'web-2:9100' },
        value: 88,
      }),
    ],
    title: 'HighCpu',
    sentBy: 'vigil',
    ...overrides,
  };
}
