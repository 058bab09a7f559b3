import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// Vite would pick graphql's .mjs and Node its .js: two copies, "another module or realm".
const graphql = require.resolve('graphql', { paths: ['apps/server'] });
// Tests import the shared helpers as #test/support/… rather than ../../../../../test/support/….
const testDir = new URL('./test/', import.meta.url).pathname;
// Browser sweeps over every page, role or viewport: minutes each, so they run as their own project
// (`pnpm test:sweeps`), outside `pnpm test`; CI runs a turning share of them (.ci/run).
const sweeps = [
  'test/e2e/language.e2e.test.ts',
  'test/e2e/layout.e2e.test.ts',
  'test/e2e/a11y.e2e.test.ts',
  'test/e2e/day-as-*.e2e.test.ts',
];
const alias = [
  { find: /^graphql$/, replacement: graphql },
  { find: /^#test\//, replacement: testDir },
];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'packages',
          include: ['packages/*/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'server',
          include: ['apps/server/src/**/*.test.ts', 'apps/server/test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      'apps/web/vitest.config.ts',
      {
        resolve: { alias },
        test: {
          name: 'system',
          include: ['test/**/*.test.ts'],
          exclude: sweeps,
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Browsers and extra server processes: one file at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'sweeps',
          include: sweeps,
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
