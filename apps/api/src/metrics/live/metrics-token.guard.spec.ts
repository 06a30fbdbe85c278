import type { ExecutionContext } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error.js';
import { loadConfig } from '../../config/app-config.js';
import { bearerToken } from '../../common/http/bearer-token.js';
import { MetricsTokenGuard } from './metrics-token.guard.js';

const TOKEN = 'scrape-token-0123456789';

function contextWith(authorization: string | undefined): { context: ExecutionContext; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  const reply = { header: (name: string, value: string) => ((headers[name] = value), reply) };
  const context = {
    switchToHttp: () => ({ getRequest: () => ({ headers: { authorization } }), getResponse: () => reply }),
  } as unknown as ExecutionContext;
  return { context, headers };
}

describe('bearerToken', () => {
  it('reads the token of a Bearer header in any case of the scheme', () => {
    expect(bearerToken(`Bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerToken(`bearer   ${TOKEN}`)).toBe(TOKEN);
  });

  it('finds nothing in other schemes or malformed headers', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken(`Basic ${TOKEN}`)).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken(`Bearer ${TOKEN} extra`)).toBeUndefined();
  });
});

describe('MetricsTokenGuard', () => {
  describe('canActivate', () => {
    it('lets every request through when no token is configured', () => {
      const guard = new MetricsTokenGuard(loadConfig({}));
      expect(guard.canActivate(contextWith(undefined).context)).toBe(true);
    });

    it('accepts the configured token', () => {
      const guard = new MetricsTokenGuard(loadConfig({ METRICS_TOKEN: TOKEN }));
      expect(guard.canActivate(contextWith(`Bearer ${TOKEN}`).context)).toBe(true);
    });

    it.each([
      ['no header', undefined],
      ['a wrong token', 'Bearer scrape-token-0123456780'],
      ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
      ['another scheme', `Basic ${TOKEN}`],
    ])('refuses %s with UNAUTHORIZED and a WWW-Authenticate challenge', (_case, header) => {
      const guard = new MetricsTokenGuard(loadConfig({ METRICS_TOKEN: TOKEN }));
      const { context, headers } = contextWith(header);
      expect(() => guard.canActivate(context)).toThrow(AppError);
      expect(() => guard.canActivate(context)).toThrow(expect.objectContaining({ code: 'UNAUTHORIZED' }));
      expect(headers['www-authenticate']).toBe('Bearer realm="metrics"');
    });
  });
});
