import { DemoConfigError, loadDemoConfig } from './demo-config.js';

describe('loadDemoConfig', () => {
  it('runs scrape-only on 127.0.0.1:3002 as "demo" without traffic when nothing is set', () => {
    expect(loadDemoConfig({})).toEqual({
      port: 3002,
      host: '127.0.0.1',
      service: 'demo',
      trafficPerSecond: 0,
      serverUrl: undefined,
      token: undefined,
      advertiseUrl: undefined,
      drainDelayMs: 0,
    });
  });

  it('reads the server, the token and the traffic rate, and treats empty variables as unset', () => {
    const config = loadDemoConfig({
      PORT: '4100',
      VIGIL_SERVER_URL: 'http://127.0.0.1:3001',
      VIGIL_AGENT_TOKEN: 'a-token-of-sixteen+',
      DEMO_TRAFFIC_PER_SECOND: '2.5',
      VIGIL_ADVERTISE_URL: '',
    });
    expect(config).toMatchObject({ port: 4100, serverUrl: 'http://127.0.0.1:3001', token: 'a-token-of-sixteen+', trafficPerSecond: 2.5 });
    expect(config.advertiseUrl).toBeUndefined();
  });

  it('names every variable at fault', () => {
    const load = () => loadDemoConfig({ PORT: '70000', VIGIL_SERVER_URL: 'ftp://x', VIGIL_AGENT_TOKEN: 'short', DEMO_SERVICE: '9lives' });
    expect(load).toThrow(DemoConfigError);
    expect(load).toThrow(/PORT: .*\n.*DEMO_SERVICE: must be a service name.*\n.*VIGIL_SERVER_URL: .*\n.*VIGIL_AGENT_TOKEN: must be at least 16 characters/);
  });
});
