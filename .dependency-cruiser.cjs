/**
 * The import boundaries of the workspace, checked by `pnpm lint` (dependency-cruiser). Every rule
 * is an error, and none is broken (no known-violations list).
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
    {
      name: 'modules-meet-only-through-their-index',
      comment:
        'A server module is used only through its index.ts (its public face), by other modules and by the rest of the server alike.',
      severity: 'error',
      from: { path: '^apps/server/src/', pathNot: ['\\.test\\.ts$', '^apps/server/src/modules/([^/]+)/'] },
      to: { path: '^apps/server/src/modules/[^/]+/', pathNot: '^apps/server/src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'modules-meet-only-through-their-index (between modules)',
      severity: 'error',
      from: { path: '^apps/server/src/modules/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^apps/server/src/modules/([^/]+)/', pathNot: ['^apps/server/src/modules/$1/', '/index\\.ts$'] },
    },
    {
      name: 'the-kernel-imports-no-module',
      comment:
        'graphql/, realtime/, writes/, exports/ and auth/ are the kernel: modules plug into them (house.ts composes the list), never the other way round.',
      severity: 'error',
      from: { path: '^apps/server/src/(graphql|realtime|exports|writes|auth)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^apps/server/src/(modules/|house\\.ts$)' },
    },
    {
      name: 'no-cycles-on-the-server',
      comment:
        'Type-only imports vanish at run time (an entity naming the type of a relation); every other import counts.',
      severity: 'error',
      from: { path: '^apps/server/src/', pathNot: '\\.test\\.ts$' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
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
