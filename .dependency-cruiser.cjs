/**
 * The import boundaries of the workspace, checked by `pnpm lint` (dependency-cruiser). Every rule
 * is an error. What the code breaks today — server modules reaching into each other's files, and
 * a few cycles (issue 10 untangles them) — is listed in .dependency-cruiser-known-violations.json:
 * `pnpm lint` passes over those and fails on any new one. Remove a violation, then shrink the list
 * with `pnpm lint:imports:baseline`; `pnpm lint:imports:all` prints them all.
 */
module.exports = {
  forbidden: [
    {
      name: 'web-never-imports-the-server',
      comment: 'The web app talks to the server over GraphQL only; its types come from packages/graphql-client.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/server/' },
    },
    {
      name: 'server-never-imports-the-web',
      severity: 'error',
      from: { path: '^apps/server/' },
      to: { path: '^apps/web/' },
    },
    {
      name: 'packages-import-no-app',
      comment: 'packages/* are libraries: apps use them, never the other way round.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'product-code-imports-no-tests',
      comment: 'Test helpers (test/, *.test.ts) never ship: product code may not depend on them.',
      severity: 'error',
      from: { path: '^(apps|packages)/[^/]+/src/', pathNot: '\\.test\\.ts$' },
      to: { path: '(^test/|\\.test\\.ts$)' },
    },
    {
      name: 'packages-import-no-test-support',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/', pathNot: '\\.test\\.ts$' },
      to: { path: '^test/' },
    },
    // ---- broken today in places (the known-violations list), never anywhere new ------------------
    {
      name: 'modules-meet-only-through-their-index',
      comment: 'A server module may use another only through its index.ts (its public face), never its files.',
      severity: 'error',
      from: { path: '^apps/server/src/modules/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^apps/server/src/modules/([^/]+)/', pathNot: ['^apps/server/src/modules/$1/', '/index\\.ts$'] },
    },
    {
      name: 'no-cycles-on-the-server',
      severity: 'error',
      from: { path: '^apps/server/src/', pathNot: '\\.test\\.ts$' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|dist-next)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
