import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale, run } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.resolve(process.argv[2] ?? path.join(root, 'out/gongbian'));
const MARKER = '.gongbian-bundle';
const server = path.join(root, 'apps/server');
const web = path.join(root, 'apps/web');

/** Replaces `target` only when it is empty, missing, or an earlier bundle: never someone's folder. */
async function clearTarget() {
  const entries = await fs.readdir(target).catch((err) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  if (entries.length && !entries.includes(MARKER)) {
    throw new Error(`${target} is not empty and is not a Gongbian bundle; choose another folder.`);
  }
  await fs.rm(target, { recursive: true, force: true });
}

async function sizeOf(dir) {
  let bytes = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += (await fs.stat(path.join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return bytes;
}

const readme = (engines) => `共编 Gongbian, offline bundle
Built ${new Date().toISOString().slice(0, 10)} for ${process.platform}-${process.arch}. Needs Node.js ${engines}
(22 or 24 LTS recommended) on the same OS and CPU architecture; nothing else is installed.

  server/    the compiled server (dist/main.js, dist/cli.js) and its production node_modules
  web/       the built web app
  start.sh   runs the server with web/ and data/ beside it unless told otherwise

Install
  1. Copy the folder with its file modes kept, e.g.
       tar -czf gongbian.tgz -C <parent> gongbian      (here)
       tar -xzf gongbian.tgz -C /opt                    (there)
  2. Run it, from any working directory:
       GONGBIAN_WEB_DIST=/opt/gongbian/web GONGBIAN_DATA_DIR=/var/lib/gongbian \\
         node /opt/gongbian/server/dist/main.js
     or /opt/gongbian/start.sh, which sets both (to web/ and data/ here) when they are unset.
     Set both: the server's defaults point into a source checkout (apps/web/dist, .data/).
  3. The database: with DATABASE_URL=postgres://user:password@host:5432/db (PostgreSQL 13 or
     later) the server uses it; without, it starts the embedded PostgreSQL in GONGBIAN_DATA_DIR
     (one server process per folder). Migrations run at start.

Settings are environment variables (the project README, "Configuration"); the usual ones:
  PORT (4000), HOST (127.0.0.1; 0.0.0.0 to be reached from other machines, better behind nginx),
  GONGBIAN_PUBLIC_URL, GONGBIAN_TRUST_PROXY, GONGBIAN_DEMO (1 seeds the demo programme; on by
  default with the embedded database), GONGBIAN_METRICS_TOKEN, NODE_ENV (production).
  NODE_OPTIONS=--enable-source-maps gives stack traces in TypeScript terms (about 70 MB more memory).

Administration (same variables):  node server/dist/cli.js admin:create --email <email> --name <name>
Stop: SIGTERM or SIGINT. Open requests finish, then the embedded PostgreSQL stops; exit code 0.
Under systemd: systemd/gongbian.service (and the backup timer) expect this folder at /opt/gongbian;
the steps are at the top of that file and in docs/operations.md ("Bare metal with systemd").
`;

const startScript = `#!/bin/sh
# Starts 共编 Gongbian from this bundle; see README.txt. Settings come from the environment.
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
export NODE_ENV="\${NODE_ENV:-production}"
export GONGBIAN_WEB_DIST="\${GONGBIAN_WEB_DIST:-$here/web}"
export GONGBIAN_DATA_DIR="\${GONGBIAN_DATA_DIR:-$here/data}"
# exec: node itself receives SIGTERM/SIGINT, drains and stops the embedded PostgreSQL.
exec node "$here/server/dist/main.js" "$@"
`;

/** Files an operator needs beside the bundle on a host without the repository: [from, to, mode]. */
const EXTRAS = [
  ['infra/backup/gongbian-backup.sh', 'bin/gongbian-backup', 0o755],
  ['infra/systemd', 'systemd'],
  ['docs/operations.md', 'docs/operations.md'],
];

const started = performance.now();
await buildIfStale({ label: 'web app', filter: '@gongbian/web', dir: web });
await buildIfStale({ label: 'server', filter: '@gongbian/server', dir: server });
await clearTarget();
await run('pnpm', [
  '--filter',
  '@gongbian/server',
  'deploy',
  '--prod',
  // The store first: on a build machine that installed the workspace, nothing is downloaded.
  '--prefer-offline',
  '--config.node-linker=hoisted',
  path.join(target, 'server'),
]);
// deploy copies the whole package folder; the bundle runs dist/ alone.
const keep = new Set(['package.json', 'node_modules', 'pnpm-lock.yaml']);
for (const entry of await fs.readdir(path.join(target, 'server'))) {
  if (!keep.has(entry)) await fs.rm(path.join(target, 'server', entry), { recursive: true, force: true });
}
// Commands of the build tools installed; nothing at run time uses them, and they are links.
await fs.rm(path.join(target, 'server/node_modules/.bin'), { recursive: true, force: true });
// pnpm writes its lockfile for its own user alone; the service account may read the record too.
await fs.chmod(path.join(target, 'server/pnpm-lock.yaml'), 0o644).catch(() => {});
await fs.cp(path.join(server, 'dist'), path.join(target, 'server/dist'), { recursive: true });
await fs.cp(path.join(web, 'dist'), path.join(target, 'web'), { recursive: true });
await fs.rm(path.join(target, 'server/dist/.build-inputs'), { force: true });
await fs.rm(path.join(target, 'web/.build-inputs'), { force: true });
for (const [from, to, mode] of EXTRAS) {
  const source = path.join(root, from);
  if (!(await fs.stat(source).catch(() => null))) continue;
  await fs.cp(source, path.join(target, to), { recursive: true });
  if (mode) await fs.chmod(path.join(target, to), mode);
}
const { engines } = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8'));
await fs.writeFile(path.join(target, 'README.txt'), readme(engines?.node ?? '>=20.19'));
await fs.writeFile(path.join(target, 'start.sh'), startScript, { mode: 0o755 });
await fs.writeFile(
  path.join(target, MARKER),
  'Made by scripts/bundle.mjs; the folder is replaced by the next bundle.\n',
);
const mb = (await sizeOf(target)) / 1024 / 1024;
console.log(
  `Bundle ready in ${path.relative(process.cwd(), target) || '.'} (${mb.toFixed(0)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s). How to install it: README.txt there.`,
);
