/**
 * Every load benchmark, one after another, each in a process of its own (each starts its own
 * database and server and cleans up before the next starts): `tsx test/load/index.bench.ts`.
 * BENCH_ONLY=fanout,writes,… (comma-separated names below) runs only those. Exits with the first
 * failing benchmark's code, after running the rest.
 *
 * Each bench's last stdout line is JSON with `rows` (test/load/rows.ts): the figures of issue 11's
 * table it measured, each next to its floor from the same run. At the end every row is printed
 * together, as a ratio against its floor, with the machine's load while it was measured — the
 * table BENCHMARKS.md records.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './rows.js';
import { STAGE } from './support.js';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Bench {
  name: string;
  file: string;
  env?: Record<string, string>;
}

const BENCHES: Bench[] = [
  { name: 'fanout', file: 'fanout' },
  // The same at ten times the subscribers, fewer rounds (each opens 10,000 sockets per side).
  { name: 'fanout-10k', file: 'fanout', env: { BENCH_CLIENTS: '10000', BENCH_ROUNDS: '5' } },
  { name: 'writes', file: 'writes' },
  { name: 'dashboard', file: 'dashboard' },
  { name: 'web-bundle', file: 'web-bundle' },
  { name: 'start', file: 'start' },
  { name: 'limits', file: 'limits' },
  { name: 'publish', file: 'publish' },
  { name: 'commit-order', file: 'commit-order' },
  { name: 'consultation', file: 'consultation' },
];

const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const chosen = only.length ? BENCHES.filter((b) => only.includes(b.name)) : BENCHES;
if (only.length && chosen.length !== only.length)
  console.error(`BENCH_ONLY=${process.env.BENCH_ONLY}: known benchmarks are ${BENCHES.map((b) => b.name).join(', ')}`);

let current: ReturnType<typeof spawn> | null = null;
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    interrupted = true;
    if (current && current.exitCode === null) current.kill(sig);
  });
}

interface Measured extends BenchRow {
  bench: string;
  load: number;
}

/** The rows of a bench's last JSON line, if any. */
function rowsOf(output: string): BenchRow[] {
  const last = output
    .trimEnd()
    .split('\n')
    .reverse()
    .find((line) => line.startsWith('{"bench"'));
  if (!last) return [];
  try {
    const rows = (JSON.parse(last) as { rows?: BenchRow[] }).rows;
    return Array.isArray(rows) ? rows : [];
  } catch {
    return [];
  }
}

let failed = 0;
const measured: Measured[] = [];
for (const bench of chosen) {
  if (interrupted) break;
  const env = { ...process.env, ...bench.env };
  delete env[STAGE];
  console.log(
    `\n=== ${bench.name} (test/load/${bench.file}.bench.ts${bench.env ? ` ${JSON.stringify(bench.env)}` : ''}) ===`,
  );
  const child = spawn(process.execPath, [...process.execArgv, path.join(here, `${bench.file}.bench.ts`)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env,
  });
  current = child;
  // Shown as it comes, and kept for the rows (only the tail matters: the JSON line is last).
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    process.stdout.write(d);
    output = (output + d.toString()).slice(-1_000_000);
  });
  let peakLoad = 0;
  const sampler = setInterval(() => {
    peakLoad = Math.max(peakLoad, os.loadavg()[0] ?? 0);
  }, 1000);
  const code = await new Promise<number>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  clearInterval(sampler);
  current = null;
  for (const row of rowsOf(output)) measured.push({ ...row, bench: bench.name, load: peakLoad });
  if (code !== 0) {
    console.error(`${bench.name}: exited with ${code}`);
    failed ||= code;
  }
}

if (measured.length > 0) {
  const cores = os.cpus().length;
  const cell = (v: number | null, unit = '') => (v === null ? '—' : `${v}${unit ? ` ${unit}` : ''}`);
  console.log(
    `\n共编 issue 11's table: every row against its floor, measured in the same run (${cores} cores, Node ${process.versions.node})`,
  );
  const head = ['figure', 'goal', 'value', 'floor', '÷ floor', 'load', 'bench'];
  const lines = measured.map((r) => [
    r.figure,
    r.goal,
    cell(r.value, r.unit),
    r.floor === null ? r.floorName : `${cell(r.floor, r.unit)} (${r.floorName})`,
    r.ratio === null ? '—' : `×${r.ratio}`,
    r.load.toFixed(1),
    r.bench,
  ]);
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
  console.log(
    `load: the 1-minute load average's peak while the bench ran; above ${cores} the machine was busy with more than the bench's own work.`,
  );
}
process.exit(interrupted ? 130 : failed);
