/**
 * The module layering, checked by `pnpm lint` on the server's product code alone (tests may reach
 * across modules, and a folder-level check cannot leave them out otherwise). Everything else is in
 * .dependency-cruiser.cjs, which this extends.
 */
module.exports = {
  extends: './.dependency-cruiser.cjs',
  forbidden: [
    {
      name: 'no-cycles-between-server-folders',
      comment:
        "The server's folders (each module and each kernel folder) form a layered graph: none reaches back to one that reaches it, not even for a type.",
      severity: 'error',
      scope: 'folder',
      from: { path: '^apps/server/src/' },
      to: { circular: true },
    },
  ],
};
