import { AlertListQuery, MAX_ALERT_PAGE_SIZE, type AlertSummary } from '@vigil/types';
import { alertQueryFor, alertsShown } from './alerts-of-service';

function alert(id: string, labels: Record<string, string>): AlertSummary {
  return {
    id,
    fingerprint: id,
    ruleId: null,
    source: 'prometheus',
    name: 'HighErrorRate',
    status: 'firing',
    severity: 'critical',
    labels: { alertname: 'HighErrorRate', ...labels },
    annotations: {},
    value: null,
    silencedBy: [],
    activeAt: '2026-01-01T00:00:00.000Z',
    firedAt: '2026-01-01T00:00:00.000Z',
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    lastEvaluatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('alertQueryFor', () => {
  it("asks for the page on screen, or with a service picked the API's biggest first page", () => {
    expect(alertQueryFor({ status: 'firing' }, 3, 25, '')).toEqual({ status: 'firing', page: 3, pageSize: 25 });
    const query = alertQueryFor({ status: 'firing' }, 3, 25, 'orders');
    expect(query).toEqual({ status: 'firing', page: 1, pageSize: MAX_ALERT_PAGE_SIZE });
    expect(AlertListQuery.safeParse({ ...query, page: String(query.page), pageSize: String(query.pageSize) }).success).toBe(true);
  });
});

describe('alertsShown', () => {
  const items = [alert('a', { service: 'orders' }), alert('b', { service: 'billing' }), alert('c', {}), alert('d', { service: 'orders' })];

  it("passes the API's page through without a service", () => {
    expect(alertsShown({ items, total: 60, page: 1, pageSize: 25 }, 1, 25, '')).toEqual({ items, pages: 3, truncated: false });
  });

  it('keeps the alerts labelled with the service, paged here', () => {
    const shown = alertsShown({ items, total: 4, page: 1, pageSize: 200 }, 1, 1, 'orders');
    expect([shown.items.map((item) => item.id), shown.pages, shown.truncated]).toEqual([['a'], 2, false]);
    expect(alertsShown({ items, total: 4, page: 1, pageSize: 200 }, 2, 1, 'orders').items.map((item) => item.id)).toEqual(['d']);
  });

  it('says when the API holds more alerts than were searched', () => {
    expect(alertsShown({ items, total: 500, page: 1, pageSize: 200 }, 1, 25, 'orders').truncated).toBe(true);
    expect(alertsShown({ items: [], total: 0, page: 1, pageSize: 200 }, 1, 25, 'orders')).toEqual({ items: [], pages: 1, truncated: false });
  });
});
