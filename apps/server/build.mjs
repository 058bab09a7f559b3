// Compiles the server to plain JavaScript in dist/, for `node dist/main.js` (pnpm start, the image,
// the offline bundle). `pnpm dev` and the tests keep running the TypeScript through tsx.
//
// What dist/ needs at run time is exactly this package's production `dependencies`, nothing else:
// those stay imports (so `pnpm deploy --prod` can install them), while the workspace packages
// (@gongbian/*, which export TypeScript source) and whatever *they* import are compiled in. That
// way a library added to packages/documents can never be missing from a production install.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
// Built beside dist/ and swapped in whole once complete: dist/ is never half of a build.
const outdir = path.join(here, 'dist-next');
const pkg = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
const runtime = new Set(
  Object.entries(pkg.dependencies)
    .filter(([, version]) => !version.startsWith('workspace:'))
    .map(([name]) => name),
);
const builtins = new Set(builtinModules);

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
const packageName = (specifier) => specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');

// External imports stay ES imports at the top of the bundle, all evaluated before any compiled
// module runs: reflect-metadata is loaded before the first decorator, as under tsx.
const externals = {
  name: 'production-dependencies',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) => {
      if (specifier.startsWith('node:') || builtins.has(specifier)) return { path: specifier, external: true };
      if (runtime.has(packageName(specifier))) return { path: specifier, external: true };
      // Anything else (workspace packages and their libraries) is resolved and compiled in.
      return undefined;
    });
  },
};

// Worker threads (*.worker.mjs) register tsx to read the workspace packages' TypeScript; compiled,
// that is already JavaScript, so registering is a no-op (and tsx, a development tool, is not
// installed in production).
const noTsx = {
  name: 'no-tsx',
  setup(build) {
    build.onResolve({ filter: /^tsx\/esm\/api$/ }, () => ({ path: 'tsx', namespace: 'no-tsx' }));
    build.onLoad({ filter: /.*/, namespace: 'no-tsx' }, () => ({ contents: 'export function register() {}' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // type-graphql and TypeORM name types and tables after classes; bundling may rename a class
  // (two `Foo`s become `Foo` and `Foo2`), and keepNames keeps `Foo2.name === 'Foo'`.
  keepNames: true,
  // Libraries written as CommonJS (mammoth, exceljs), once compiled into an ES module, still call
  // require() for Node's own modules: give them one, as Node gives a CommonJS file.
  banner: {
    js: "import { createRequire as __gongbianRequire } from 'node:module'; const require = __gongbianRequire(import.meta.url);",
  },
  logLevel: 'warning',
  absWorkingDir: here,
};

/**
 * Every worker entry, by the name it gets in dist/. Code starts one as
 * `new URL('./x.worker.mjs', import.meta.url)`, which from dist/main.js means dist/x.worker.mjs.
 */
function workerEntries() {
  const entries = {};
  for (const file of readdirSync(path.join(here, 'src'), { recursive: true })) {
    if (!file.endsWith('.worker.mjs')) continue;
    const name = path.basename(file, '.mjs');
    if (entries[name]) throw new Error(`Two workers would both be dist/${name}.mjs: ${entries[name]} and src/${file}`);
    entries[name] = `src/${file}`;
  }
  return entries;
}

/**
 * Files the compiled code opens by a path relative to itself (`new URL('./…', import.meta.url)`)
 * that the build did not produce: a new kind of runtime file this script does not know about yet.
 */
async function missingRuntimeFiles(dir) {
  const missing = [];
  for (const file of await fs.readdir(dir)) {
    if (!/\.m?js$/.test(file)) continue;
    const code = await fs.readFile(path.join(dir, file), 'utf8');
    for (const [, target] of code.matchAll(/new URL\(\s*["'](\.\/[^"']+)["']\s*,\s*import\.meta\.url\s*\)/g)) {
      if (!existsSync(path.join(dir, target))) missing.push(`${file} opens ${target}`);
    }
  }
  return missing;
}

const started = performance.now();
await fs.rm(outdir, { recursive: true, force: true });
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { main: 'src/main.ts', cli: 'src/cli.ts' },
    outdir,
    plugins: [externals],
  }),
  esbuild.build({
    ...common,
    entryPoints: workerEntries(),
    outdir,
    outExtension: { '.js': '.mjs' },
    plugins: [noTsx, externals],
  }),
]);
const missing = await missingRuntimeFiles(outdir);
if (missing.length) {
  console.error(`The compiled server opens files that are not in dist/:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
await fs.rm(dist, { recursive: true, force: true });
await fs.rename(outdir, dist);
console.log(
  `Compiled the server into ${path.relative(process.cwd(), dist)} in ${Math.round(performance.now() - started)} ms.`,
);
