/**
 * Every load benchmark, one after another, each in a process of its own (each starts its own
 * database and server and cleans up before the next starts): `tsx test/load/index.bench.ts`.
 * BENCH_ONLY=fanout, =dashboard, =limits, =publish or =commit-order (comma-separated) runs only
 * those. Exits with the first failing benchmark's code, after running the rest.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAGE } from './support.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const BENCHES = ['fanout', 'dashboard', 'limits', 'publish', 'commit-order'];

const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const chosen = only.length ? BENCHES.filter((b) => only.includes(b)) : BENCHES;
if (only.length && chosen.length !== only.length)
  console.error(`BENCH_ONLY=${process.env.BENCH_ONLY}: known benchmarks are ${BENCHES.join(', ')}`);

let current: ChildProcess | null = null;
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    interrupted = true;
    if (current && current.exitCode === null) current.kill(sig);
  });
}

let failed = 0;
for (const name of chosen) {
  if (interrupted) break;
  const env = { ...process.env };
  delete env[STAGE];
  console.log(`\n=== ${name} (test/load/${name}.bench.ts) ===`);
  const child = spawn(process.execPath, [...process.execArgv, path.join(here, `${name}.bench.ts`)], {
    stdio: 'inherit',
    env,
  });
  current = child;
  const code = await new Promise<number>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  current = null;
  if (code !== 0) {
    console.error(`${name}: exited with ${code}`);
    failed ||= code;
  }
}
process.exit(interrupted ? 130 : failed);
