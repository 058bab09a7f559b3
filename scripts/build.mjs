// Builds what `node apps/server/dist/main.js` serves: the web app (apps/web/dist) and the compiled
// server (apps/server/dist), each only when its inputs changed since it was last built here.
//
// "Changed" is a hash of the files' contents, not their times: a fresh clone, a branch switch or a
// restored CI cache gives every file a new mtime whether or not it changed, and a copied dist/ can
// look newer than sources that did change. Hashing the few hundred input files takes milliseconds;
// a needless web build takes seconds. The hash is kept inside each dist/, so deleting dist/ (or a
// build that failed halfway and left none) always means a rebuild.
//
// Usage: node scripts/build.mjs [--force]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = '.build-inputs';
// Files every build reads besides its packages': resolved dependency versions, shared compiler options.
const SHARED = ['pnpm-lock.yaml', 'tsconfig.base.json'];
// Never inputs: installs, outputs, caches (dot-folders), and tests, which no build includes.
const SKIP_DIR = new Set(['node_modules', 'dist', 'dist-next', 'coverage']);
const SKIP_FILE = /\.(test|bench)\.[cm]?[jt]s$/;

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The workspace packages' folders by name (apps/*, packages/*). */
function workspacePackages() {
  const byName = new Map();
  for (const group of ['apps', 'packages']) {
    for (const entry of fs.readdirSync(path.join(root, group), { withFileTypes: true })) {
      const file = path.join(root, group, entry.name, 'package.json');
      if (entry.isDirectory() && fs.existsSync(file)) byName.set(readJson(file).name, path.dirname(file));
    }
  }
  return byName;
}

/** A package's folder and those of the workspace packages it depends on, transitively. */
function packageClosure(dir, packages, seen = new Set()) {
  if (seen.has(dir)) return seen;
  seen.add(dir);
  const pkg = readJson(path.join(dir, 'package.json'));
  for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
    if (String(version).startsWith('workspace:') && packages.has(name))
      packageClosure(packages.get(name), packages, seen);
  }
  return seen;
}

function* filesUnder(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIR.has(entry.name) && !entry.name.startsWith('.')) yield* filesUnder(full);
    } else if (entry.isFile() && !SKIP_FILE.test(entry.name)) {
      yield full;
    }
  }
}

/** One hash over the names and contents of every input file of the package at `dir`. */
export function inputsHash(dir) {
  const files = [...packageClosure(dir, workspacePackages())].flatMap((d) => [...filesUnder(d)]);
  files.push(...SHARED.map((f) => path.join(root, f)).filter((f) => fs.existsSync(f)));
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(`${path.relative(root, file)}\0`);
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const readStamp = (dist) => {
  try {
    return fs.readFileSync(path.join(dist, STAMP), 'utf8').trim();
  } catch {
    return null;
  }
};

/** Runs a command from the repository root, output to the terminal; rejects unless it exits 0. */
export function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${[command, ...args].join(' ')} failed (${signal ?? `exit ${code}`}).`)),
    );
  });
}

/** Builds one package unless its dist/ was built from the same inputs; says which it did. */
export async function buildIfStale({ label, filter, dir, force = false }) {
  const dist = path.join(dir, 'dist');
  const hash = inputsHash(dir);
  if (!force && readStamp(dist) === hash) {
    console.log(`The ${label} is current (${path.relative(root, dist)}).`);
    return false;
  }
  const started = performance.now();
  console.log(`Building the ${label}…`);
  await run('pnpm', ['--filter', filter, 'build']);
  fs.writeFileSync(path.join(dist, STAMP), `${hash}\n`);
  console.log(`Built the ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const force = process.argv.includes('--force');
  // Side by side: on a fresh clone both are stale, and neither build keeps two cores busy throughout.
  const builds = await Promise.allSettled([
    buildIfStale({ label: 'web app', filter: '@gongbian/web', dir: path.join(root, 'apps/web'), force }),
    buildIfStale({ label: 'server', filter: '@gongbian/server', dir: path.join(root, 'apps/server'), force }),
  ]);
  const failed = builds.filter((b) => b.status === 'rejected');
  for (const { reason } of failed) console.error(reason.message);
  if (failed.length) process.exit(1);
}
