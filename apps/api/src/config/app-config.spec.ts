import { ConfigError, loadConfig, redactUrl } from './app-config.js';

describe('loadConfig', () => {
  it('fills every default from an empty environment', () => {
    const config = loadConfig({});
    expect(config.http).toMatchObject({ port: 3001, host: '0.0.0.0', corsOrigins: ['http://localhost:3000'] });
    expect(config.database).toMatchObject({ url: undefined, poolSize: 10, embeddedPort: 0 });
    expect(config.database.dataDir).toMatch(/\.data$/);
    expect(config.cache.redisUrl).toBeUndefined();
    expect(config.health.shutdownDrainMs).toBe(5_000);
  });

  it('reads the HTTP limits, 32 levels of body nesting by default', () => {
    expect(loadConfig({}).http).toMatchObject({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 72_000, maxConnections: 1_024, maxBodyDepth: 32 });
    expect(loadConfig({ HTTP_MAX_BODY_DEPTH: '8' }).http.maxBodyDepth).toBe(8);
  });

  it('reads numbers, lists and URLs as typed values', () => {
    const config = loadConfig({
      PORT: '8080',
      DB_POOL_SIZE: '25',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      DATABASE_URL: 'postgresql://u:p@db:5432/vigil',
      REDIS_URL: 'redis://cache:6379',
    });
    expect(config.http.port).toBe(8080);
    expect(config.database.poolSize).toBe(25);
    expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.database.url).toBe('postgresql://u:p@db:5432/vigil');
    expect(config.cache.redisUrl).toBe('redis://cache:6379');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }).database.url).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://db:3306/vigil'],
    ['REDIS_URL', 'http://cache:6379'],
    ['DB_POOL_SIZE', '0'],
    ['LOG_LEVEL', 'loud'],
    ['SCALING_EXECUTOR', 'ssh'],
    ['SCALING_DRY_RUN', 'maybe'],
    ['SCALING_EXECUTOR_TIMEOUT_MS', '0'],
    ['SCALING_WEBHOOK_URL', 'ftp://hooks.example/scale'],
    ['SCALING_WEBHOOK_URL', 'https://user:pass@hooks.example/scale'],
    ['KUBERNETES_DISCOVERY', 'true'],
    ['KUBERNETES_NAMESPACES', 'shop,Payments'],
    ['KUBERNETES_NAMESPACES', 'shop/pods'],
    ['KUBERNETES_DISCOVERY_INTERVAL_MS', '500'],
    ['KUBERNETES_DISCOVERY_TIMEOUT_MS', '0'],
    ['HTTP_MAX_BODY_DEPTH', '0'],
    ['HTTP_MAX_BODY_DEPTH', '10000'],
    ['HTTP_HEADERS_TIMEOUT_MS', '60000'],
  ])('rejects %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  describe('the scaling executor', () => {
    it('is none by default: decisions are recorded only', () => {
      expect(loadConfig({}).scaling.executor).toEqual({ kind: 'none' });
    });

    it('stops boot naming SCALING_WEBHOOK_URL when the webhook executor has no URL', () => {
      expect(() => loadConfig({ SCALING_EXECUTOR: 'webhook' })).toThrow(/SCALING_WEBHOOK_URL: is required when SCALING_EXECUTOR is webhook/);
    });

    it('reads the webhook, its secret, the dry run and the timeout', () => {
      const config = loadConfig({
        SCALING_EXECUTOR: 'webhook',
        SCALING_WEBHOOK_URL: 'https://hooks.example/scale',
        SCALING_WEBHOOK_SECRET: 's3cret',
        SCALING_DRY_RUN: 'true',
        SCALING_EXECUTOR_TIMEOUT_MS: '2500',
      });
      expect(config.scaling.executor).toEqual({ kind: 'webhook', url: 'https://hooks.example/scale', secret: 's3cret', isDryRun: true, timeoutMs: 2500 });
    });

    it("reads KUBECONFIG as kubectl does: a list of files, empty entries skipped", () => {
      expect(loadConfig({ SCALING_EXECUTOR: 'kubernetes', KUBECONFIG: '/a/config::/b/config' }).scaling.executor).toEqual({
        kind: 'kubernetes',
        kubeconfigPaths: ['/a/config', '/b/config'],
        isDryRun: false,
        timeoutMs: 5000,
      });
      expect(loadConfig({ SCALING_EXECUTOR: 'kubernetes' }).scaling.executor).toMatchObject({ kubeconfigPaths: [] });
    });
  });

  describe('Kubernetes pod discovery', () => {
    it('is off by default, over all namespaces every 30 s', () => {
      expect(loadConfig({}).targets.kubernetes).toEqual({ isEnabled: false, namespaces: [], labelSelector: '', intervalMs: 30_000, timeoutMs: 10_000, kubeconfigPaths: [] });
    });

    it('reads the namespaces as a list (blanks and repeats dropped), the interval, the timeout and KUBECONFIG', () => {
      const config = loadConfig({
        KUBERNETES_DISCOVERY: 'on',
        KUBERNETES_NAMESPACES: ' shop, payments,,shop ',
        KUBERNETES_DISCOVERY_INTERVAL_MS: '60000',
        KUBERNETES_DISCOVERY_TIMEOUT_MS: '2000',
        KUBERNETES_LABEL_SELECTOR: ' app=orders ',
        KUBECONFIG: '/a/config:/b/config',
      });
      expect(config.targets.kubernetes).toEqual({
        isEnabled: true,
        namespaces: ['shop', 'payments'],
        labelSelector: 'app=orders',
        intervalMs: 60_000,
        timeoutMs: 2_000,
        kubeconfigPaths: ['/a/config', '/b/config'],
      });
    });

    it('refuses a timeout above the interval', () => {
      expect(() => loadConfig({ KUBERNETES_DISCOVERY_INTERVAL_MS: '5000', KUBERNETES_DISCOVERY_TIMEOUT_MS: '6000' })).toThrow(
        /KUBERNETES_DISCOVERY_TIMEOUT_MS: must not be above KUBERNETES_DISCOVERY_INTERVAL_MS/,
      );
    });
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'nope' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual(['PORT', 'DATABASE_URL']);
    }
  });
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://vigil:s3cret@db:5432/vigil')).toBe('postgres://vigil:***@db:5432/vigil');
    expect(redactUrl('redis://cache:6379')).toBe('redis://cache:6379');
  });
});
