import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startApiProcess, waitForStatus, type ApiProcess } from './support/api-process.js';

/** The built server as a process: what `npm start` and a container run. */
describe('the API process', () => {
  describe('with a bad environment', () => {
    it.each([
      ['PORT', 'abc'],
      ['DATABASE_URL', 'mysql://db/vigil'],
    ])('exits non-zero naming %s', async (name, value) => {
      const api = startApiProcess({ [name]: value });
      expect(await api.exited).toBe(1);
      expect(api.output()).toContain(`${name}:`);
    });
  });

  describe('on the embedded database', () => {
    let dataDir: string;
    let api: ApiProcess | undefined;

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'vigil-boot-'));
    });
    afterAll(async () => {
      api?.child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    });

    async function boot(): Promise<ApiProcess> {
      const port = await freePort();
      const started = startApiProcess({ PORT: String(port), DATA_DIR: dataDir, SHUTDOWN_DRAIN_MS: '0' });
      await waitForStatus(`${started.baseUrl}/health/ready`, 200, 60_000);
      return started;
    }

    it('keeps what was written across a graceful restart', async () => {
      api = await boot();
      const put = await fetch(`${api.baseUrl}/api/v1/config/ui.serviceName`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ value: 'persisted-service' }),
      });
      expect(put.status).toBe(200);

      // Nest closes the app on SIGTERM, then re-raises the signal to end the process.
      api.child.kill('SIGTERM');
      expect(await api.exited).toBe('SIGTERM');

      api = await boot();
      const get = await fetch(`${api.baseUrl}/api/v1/config/ui.serviceName`);
      expect(await get.json()).toMatchObject({ value: 'persisted-service', isDefault: false });
      api.child.kill('SIGTERM');
      expect(await api.exited).toBe('SIGTERM');
      api = undefined;
    }, 180_000);
  });
});
