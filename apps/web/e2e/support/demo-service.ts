import type { ScrapeTarget } from '@vigil/types';
import { apiJson, eventually } from './api-calls';
import { removeTargets } from './scrape-targets';
import { AGENT_TOKEN, DEMO_ENTRY, freePort, startProcess, stopProcess, waitFor } from './servers';

export interface DemoService {
  /** The target its agent registered, with the profiler's control URL. */
  target: ScrapeTarget;
  /** Stops the process only: its target stays listed (with its control URL) until the API forgets silent agents. */
  stopProcess: () => Promise<void>;
  /** Stops the process, then removes its target so the other specs' lists stay as they were. */
  stop: () => Promise<void>;
}

/**
 * The built demo service as a user's own service runs: it registers with the API by
 * heartbeat with the API's agent token, so the API can profile it through its agent.
 * Its target is found by the process id the heartbeat reports.
 */
export async function startDemoService(apiUrl: string, service = 'demo'): Promise<DemoService> {
  const port = await freePort();
  const demo = startProcess('demo', DEMO_ENTRY, {
    PATH: process.env.PATH ?? '',
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_SERVICE: service,
    VIGIL_SERVER_URL: apiUrl,
    VIGIL_AGENT_TOKEN: AGENT_TOKEN,
    // Some work of its own, so its CPU profile has functions in it.
    DEMO_TRAFFIC_PER_SECOND: '10',
  });
  const stopDemo = () => stopProcess(demo.child);
  try {
    await waitFor(`http://127.0.0.1:${port}/health/ready`, demo.child, demo.output);
    const target = await eventually(async () => {
      const targets = await apiJson<ScrapeTarget[]>(apiUrl, 'GET', `/api/v1/targets?service=${encodeURIComponent(service)}`);
      return targets.find((candidate) => candidate.agent?.pid === demo.child.pid && typeof candidate.agent?.controlUrl === 'string');
    }, 30_000).catch((error: unknown) => {
      throw new Error(`the demo did not register with the API: ${String(error)}\n${demo.output()}`);
    });
    return {
      target,
      stopProcess: stopDemo,
      stop: async () => {
        await stopDemo();
        await removeTargets(apiUrl, [target.id]);
      },
    };
  } catch (error) {
    await stopDemo();
    throw error;
  }
}
