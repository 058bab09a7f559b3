/**
 * How long `pnpm start` takes to serve: its own commands (scripts/build.mjs, then the compiled
 * server), timed from the spawn to the first 200 from /healthz — once on an empty data folder (the
 * embedded PostgreSQL is created, migrated and the demo seeded, as on a fresh clone) and once
 * more on the same folder (a restart). The floor: a bare Node process answering HTTP, spawned and
 * asked the same way. The web app and server must already be built (`pnpm build`): a build that
 * is needed is timed too, and said. Prints figures, never fails on time.
 *
 * Run from the repository root: `pnpm exec tsx test/load/start.bench.ts` (env: BENCH_START_TIMEOUT_MS=60000).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchRow } from './rows.js';
import { intFromEnv, now, r1, sleep } from './support.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const timeoutMs = intFromEnv('BENCH_START_TIMEOUT_MS', 60_000, 1000);

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Spawns `command` and resolves with the ms until http://127.0.0.1:port/healthz answers 200. */
async function timeToServe(
  command: string,
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<{ ms: number; child: ChildProcess }> {
  const started = now();
  const child = spawn('sh', ['-c', command], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-2000);
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`\`${command}\` exited with ${child.exitCode}: ${stderr}`);
    if (now() - started > timeoutMs) throw new Error(`\`${command}\` did not serve within ${timeoutMs} ms: ${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.status === 200) return { ms: now() - started, child };
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // The whole group: sh, and what it started (the embedded PostgreSQL stops with the server).
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), s);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  await Promise.race([exited, sleep(20_000)]);
  if (child.exitCode === null) signal('SIGKILL');
  // The server's embedded PostgreSQL may outlive it by a moment; the port must be free for the next start.
  await sleep(500);
}

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-start-bench-'));
await fs.chmod(dataDir, 0o755); // PostgreSQL runs as its own user when we are root
const notes: string[] = [];
try {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    GONGBIAN_DATA_DIR: dataDir,
    GONGBIAN_LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL;
  // What `pnpm start` runs (package.json), without pnpm's own start-up.
  const start = 'node scripts/build.mjs && exec node apps/server/dist/main.js';
  const build0 = now();
  const check = spawn('node', ['scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
  await new Promise((resolve) => check.once('exit', resolve));
  const buildMs = now() - build0;
  if (buildMs > 1000)
    notes.push(`the build was not up to date: building took ${r1(buildMs / 1000)} s before the timed starts`);

  const first = await timeToServe(start, env, port);
  await stop(first.child);
  const again = await timeToServe(start, env, port);
  await stop(again.child);
  const floorCommand = `exec node -e "require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')"`;
  const floor = await timeToServe(floorCommand, env, port);
  await stop(floor.child);

  console.log('');
  console.log(
    `共编 start: \`pnpm start\`'s commands until /healthz answers, ${os.cpus().length} cores, Node ${process.versions.node}`,
  );
  console.log(`  empty data folder (database created, migrated, demo seeded)   ${(first.ms / 1000).toFixed(2)} s`);
  console.log(`  the same folder again (a restart)                               ${(again.ms / 1000).toFixed(2)} s`);
  console.log(`  floor: a bare Node HTTP server, spawned the same way            ${(floor.ms / 1000).toFixed(2)} s`);
  for (const note of notes) console.log(`NOTE: ${note}`);
  console.log(
    JSON.stringify({
      bench: 'start',
      firstStartMs: r1(first.ms),
      restartMs: r1(again.ms),
      floorMs: r1(floor.ms),
      buildCheckMs: r1(buildMs),
      notes,
      rows: [
        benchRow({
          id: 'start',
          figure: '`pnpm start` (built) → serving, empty data folder',
          goal: '≤ 10 s',
          value: first.ms / 1000,
          unit: 's',
          floor: floor.ms / 1000,
          floorName: 'a bare Node HTTP server spawned the same way',
        }),
      ],
    }),
  );
} finally {
  await fs.rm(dataDir, { recursive: true, force: true });
}
