import { spawnSync } from 'node:child_process';

/**
 * `describe` for tests judged by a real reference tool (promtool, amtool): when the tool
 * is missing they are skipped with the reason printed, as the browser tests are without
 * Chromium, so `npm test` stays green on a machine without it; under `CI=true` a missing
 * tool fails the run instead (`.ci/run` installs both from Debian's packages).
 */
export function describeWithTool(tool: string, debianPackage: string): jest.Describe {
  const found = spawnSync(tool, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (found.error === undefined) return describe;
  const reason = `${tool} is missing (apt-get install ${debianPackage})`;
  if (process.env.CI === 'true') throw new Error(`${reason}; CI must run the tests it judges`);
  console.warn(`Skipping the tests judged by ${tool}: ${reason}`);
  return describe.skip;
}
