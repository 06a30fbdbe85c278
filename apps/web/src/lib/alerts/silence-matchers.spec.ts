import { parseMatchers } from './silence-matchers';

describe('parseMatchers', () => {
  it('reads the four Alertmanager operators, one matcher per line', () => {
    expect(parseMatchers('alertname=HighCPU\ninstance!=a\nroute=~"/api/.*"\nteam!~ops|dev')).toEqual([
      { name: 'alertname', value: 'HighCPU', isRegex: false, isEqual: true },
      { name: 'instance', value: 'a', isRegex: false, isEqual: false },
      { name: 'route', value: '/api/.*', isRegex: true, isEqual: true },
      { name: 'team', value: 'ops|dev', isRegex: true, isEqual: false },
    ]);
  });

  it('names the line it cannot read', () => {
    expect(parseMatchers('just words')).toBe('"just words" is not name=value');
    expect(parseMatchers('  ')).toBe('add at least one matcher');
  });
});
