import { formatAlertmanagerMatcher, parseAlertmanagerMatcher } from '@vigil/types';
import { renderAlertmanagerConfig, silenceMatchesFilter, sortSilences } from './alertmanager-view.js';
import type { GettableSilence } from '@vigil/types';

describe('parseAlertmanagerMatcher', () => {
  it.each([
    ['alertname="Foo"', { name: 'alertname', value: 'Foo', isRegex: false, isEqual: true }],
    ['alertname=Foo', { name: 'alertname', value: 'Foo', isRegex: false, isEqual: true }],
    [' severity =~ "crit.*" ', { name: 'severity', value: 'crit.*', isRegex: true, isEqual: true }],
    ['env!="prod"', { name: 'env', value: 'prod', isRegex: false, isEqual: false }],
    ['job!~"api|web"', { name: 'job', value: 'api|web', isRegex: true, isEqual: false }],
    ['msg="say \\"hi\\"\\n"', { name: 'msg', value: 'say "hi"\n', isRegex: false, isEqual: true }],
    ['team=""', { name: 'team', value: '', isRegex: false, isEqual: true }],
  ])('reads %s as Alertmanager does', (text, matcher) => {
    expect(parseAlertmanagerMatcher(text)).toEqual({ matcher });
  });

  it.each(['alertname', '=Foo', 'alertname~"x"', 'alertname="Foo', 'alertname="a"b"', 'alertname=~"(?=x)"', '1abc="x"'])('refuses %s with a reason', (text) => {
    expect(parseAlertmanagerMatcher(text)).toEqual({ problem: expect.stringContaining(JSON.stringify(text)) });
  });

  it('prints what it reads back', () => {
    const matcher = { name: 'msg', value: 'a "b"', isRegex: true, isEqual: false };
    expect(parseAlertmanagerMatcher(formatAlertmanagerMatcher(matcher))).toEqual({ matcher });
  });
});

const silence = (id: string, state: GettableSilence['status']['state'], startsAt: string, endsAt: string, matchers: GettableSilence['matchers'] = []): GettableSilence => ({
  id, matchers, startsAt, endsAt, updatedAt: startsAt, createdBy: 'ops', comment: 'c', status: { state },
});

describe('silences in Alertmanager terms', () => {
  it('filters on the labels a silence spells out with equality matchers', () => {
    const s = silence('1', 'active', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', [
      { name: 'alertname', value: 'Foo', isRegex: false, isEqual: true },
      { name: 'env', value: 'p.*', isRegex: true, isEqual: true },
    ]);
    expect(silenceMatchesFilter(s, [{ name: 'alertname', value: 'F.*', isRegex: true, isEqual: true }])).toBe(true);
    expect(silenceMatchesFilter(s, [{ name: 'alertname', value: 'Bar', isRegex: false, isEqual: true }])).toBe(false);
    expect(silenceMatchesFilter(s, [{ name: 'env', value: 'prod', isRegex: false, isEqual: true }])).toBe(false);
  });

  it('sorts active ones ending first, then pending starting first, then expired latest first', () => {
    const sorted = sortSilences([
      silence('e1', 'expired', '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z'),
      silence('p', 'pending', '2026-01-05T00:00:00Z', '2026-01-06T00:00:00Z'),
      silence('a2', 'active', '2026-01-01T00:00:00Z', '2026-01-04T00:00:00Z'),
      silence('e2', 'expired', '2026-01-01T00:00:00Z', '2026-01-01T02:00:00Z'),
      silence('a1', 'active', '2026-01-01T00:00:00Z', '2026-01-03T00:00:00Z'),
    ]);
    expect(sorted.map((s) => s.id)).toEqual(['a1', 'a2', 'p', 'e2', 'e1']);
  });
});

describe('renderAlertmanagerConfig', () => {
  it('writes the route tree and receivers by name, quoting what YAML would misread', () => {
    const yaml = renderAlertmanagerConfig({
      groupBy: ['alertname', 'service'],
      groupWaitMs: 30_000,
      groupIntervalMs: 300_000,
      repeatIntervalMs: 14_400_000,
      resolveTimeoutMs: 300_000,
      defaultReceivers: ['ops-slack'],
      ruleRoutes: [{ alertname: 'DiskFull', receivers: ['pager', 'ops-slack'] }],
      receivers: ['ops-slack', 'pager', 'on call: "night"', 'yes'],
    });
    expect(yaml).toBe(
      [
        'global:',
        '  resolve_timeout: 5m',
        'route:',
        '  receiver: vigil',
        '  group_by: [alertname, service]',
        '  group_wait: 30s',
        '  group_interval: 5m',
        '  repeat_interval: 4h',
        '  routes:',
        '    - receiver: pager',
        '      matchers: ["alertname=\\"DiskFull\\""]',
        '      continue: true',
        '    - receiver: ops-slack',
        '      matchers: ["alertname=\\"DiskFull\\""]',
        '    - receiver: ops-slack',
        '      continue: true',
        'receivers:',
        '  - name: vigil',
        '  - name: ops-slack',
        '  - name: pager',
        '  - name: "on call: \\"night\\""',
        '  - name: "yes"',
        '',
      ].join('\n'),
    );
  });
});
