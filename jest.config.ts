/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

/**
 * One Jest project per workspace. TypeScript goes through @swc/jest (decorators and
 * their metadata on); @nestjs packages ship ES modules only, so they are transformed
 * too (as are content-disposition, which @fastify/static needs, and
 * @kubernetes/client-node with the ES-only packages it loads: openid-client,
 * oauth4webapi, jose, socks-proxy-agent, agent-base), and relative `.js` import suffixes (needed by Node's ESM resolution) are stripped.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
] as const;

const shared = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|content-disposition|@seriousme|@kubernetes/client-node|openid-client|oauth4webapi|jose|socks-proxy-agent|agent-base)/)'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@vigil/types$': '<rootDir>/../../packages/types/src/index.ts',
  },
} satisfies Partial<Config>;

const config: Config = {
  // A global option: Jest ignores it inside a project.
  testTimeout: 30_000,
  // Workers keep every module a spec file loaded; past this they are replaced between
  // files, so a heap snapshot of the worker (profiler specs) stays under the artifact cap.
  workerIdleMemoryLimit: '768MB',
  projects: [
    {
      ...shared,
      displayName: 'api',
      rootDir: '<rootDir>/apps/api',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      setupFiles: ['reflect-metadata', '<rootDir>/test/support/quiet-logs.ts'],
    },
    {
      ...shared,
      displayName: 'web',
      rootDir: '<rootDir>/apps/web',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
    },
    {
      // Real Chromium against the built API and web servers, started once per run by the
      // global setup; skipped with a printed reason when Chromium is missing (not in CI).
      ...shared,
      displayName: 'browser',
      rootDir: '<rootDir>/apps/web',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.browser-spec.ts'],
      modulePathIgnorePatterns: ['<rootDir>/.next/'],
      globalSetup: '<rootDir>/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/global-teardown.ts',
    },
    {
      // Unit specs beside the code; end-to-end specs boot small apps on Express and on Fastify.
      ...shared,
      displayName: 'nestjs',
      rootDir: '<rootDir>/packages/nestjs',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      setupFiles: ['reflect-metadata', '<rootDir>/test/support/quiet-logs.ts'],
    },
    {
      // The demo service, with @vigil/nestjs from its source as the demo's own specs see it.
      ...shared,
      displayName: 'demo',
      rootDir: '<rootDir>/apps/demo',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      moduleNameMapper: { ...shared.moduleNameMapper, '^@vigil/nestjs$': '<rootDir>/../../packages/nestjs/src/index.ts' },
      setupFiles: ['reflect-metadata', '<rootDir>/test/support/quiet-logs.ts'],
    },
    {
      ...shared,
      displayName: 'types',
      rootDir: '<rootDir>/packages/types',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
    },
  ],
};

export default config;
