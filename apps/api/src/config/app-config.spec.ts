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
  ])('rejects %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
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
