import type { JobScheduler } from '../common/jobs/job-scheduler.js';
import type { LeaderLockService } from '../common/leader-lock.service.js';
import { loadConfig } from '../config/app-config.js';
import type { KubernetesDiscovery } from './discovery/kubernetes-discovery.service.js';
import type { TargetsService } from './registry/targets.service.js';
import type { ScrapeScheduler } from './scrape/scrape-scheduler.service.js';
import { TargetsJobs } from './targets.jobs.js';

/** TargetsJobs on fakes that record what was scheduled, ticked and run under which lock. */
function jobsFor(env: Record<string, string>) {
  const calls: string[] = [];
  const scheduled = new Map<string, () => Promise<unknown>>();
  const jobs = {
    every: (name: string, intervalMs: number, run: () => Promise<unknown>) => {
      calls.push(`every ${name} ${intervalMs}`);
      scheduled.set(name, run);
    },
    tick: async (name: string, run: () => Promise<unknown>) => {
      calls.push(`tick ${name}`);
      await run();
    },
  } as unknown as JobScheduler;
  const leader = {
    runExclusive: async (name: string, fn: () => Promise<unknown>) => {
      calls.push(`lock ${name}`);
      // A real lock asks the database first: the run comes after the caller goes on.
      await Promise.resolve();
      return { ran: true, result: await fn() };
    },
  } as unknown as LeaderLockService;
  const targets = { syncStatic: async () => void calls.push('syncStatic'), forgetSilentAgents: async () => 0 } as unknown as TargetsService;
  const discovery = {
    sync: async () => void calls.push('discovery.sync'),
    forgetAll: async () => void calls.push('discovery.forgetAll'),
  } as unknown as KubernetesDiscovery;
  const config = loadConfig(env);
  return { calls, scheduled, jobs: new TargetsJobs(jobs, leader, targets, {} as ScrapeScheduler, discovery, config) };
}

describe('TargetsJobs', () => {
  it('with discovery on, discovers once at boot and every KUBERNETES_DISCOVERY_INTERVAL_MS, on the leader only', async () => {
    const { calls, scheduled, jobs } = jobsFor({ KUBERNETES_DISCOVERY: 'on', KUBERNETES_DISCOVERY_INTERVAL_MS: '45000' });
    await jobs.onApplicationBootstrap();
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toEqual([
      'lock targets.sync-static',
      'syncStatic',
      'every targets.scrape 1000',
      'every targets.forget-agents 60000',
      'tick targets.kubernetes',
      'lock targets.kubernetes',
      'every targets.kubernetes 45000',
      'discovery.sync',
    ]);
    calls.length = 0;
    await scheduled.get('targets.kubernetes')!();
    expect(calls).toEqual(['lock targets.kubernetes', 'discovery.sync']);
  });

  it('with discovery on and scheduled jobs off, never discovers by itself', async () => {
    const { calls, jobs } = jobsFor({ KUBERNETES_DISCOVERY: 'on', SCHEDULED_JOBS_ENABLED: 'false' });
    await jobs.onApplicationBootstrap();
    expect(calls.filter((call) => call.includes('kubernetes') || call.startsWith('discovery'))).toEqual([]);
  });

  it('with discovery off, forgets the kubernetes targets at boot on the leader and schedules nothing for them', async () => {
    const { calls, jobs } = jobsFor({});
    await jobs.onApplicationBootstrap();
    expect(calls.filter((call) => call.includes('kubernetes') || call.startsWith('discovery'))).toEqual(['lock targets.forget-kubernetes', 'discovery.forgetAll']);
  });
});
