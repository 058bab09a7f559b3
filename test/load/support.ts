/**
 * What the load benchmarks share: the re-run with the server's tsconfig, figures, the cleanup
 * harness (signals, watchdog), the database and the in-process server, a forked client process,
 * and a CPU-profile summary. Server modules are imported inside functions, never at the top: the
 * first stage runs without the tsconfig that type-graphql's decorators need.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from '../../apps/server/src/app.js';
import type { Config } from '../../apps/server/src/config.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const SERVER_TSCONFIG = path.join(repoRoot, 'apps/server/tsconfig.json');
export const STAGE = 'GONGBIAN_BENCH_STAGE';
export const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export const now = (): number => Number(process.hrtime.bigint()) / 1e6;
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function intFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < min) {
    console.error(`${name}=${raw}: expected an integer ≥ ${min}; using ${fallback}`);
    return fallback;
  }
  return v;
}

// ---- stage 1: re-run with the server's tsconfig ------------------------------------------------
/** Runs the file at `fileUrl` again, with the server's tsconfig; this process waits for it. */
export function relaunch(fileUrl: string): void {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(fileUrl), ...process.argv.slice(2)], {
    stdio: 'inherit',
    // The libraries as production runs them (`pnpm start` sets NODE_ENV=production; graphql-js,
    // for one, checks types more slowly outside it) — the server's config says production too.
    env: { NODE_ENV: 'production', ...process.env, TSX_TSCONFIG_PATH: SERVER_TSCONFIG, [STAGE]: 'run' },
  });
  // A terminal's Ctrl-C reaches both processes; the child cleans up, this one waits for it.
  for (const sig of SIGNALS) {
    process.on(sig, () => {
      if (child.exitCode === null) child.kill(sig);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// ---- figures --------------------------------------------------------------------------------------
export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  min: number;
  mean: number;
}

export function stats(values: number[]): Stats {
  if (values.length === 0)
    return {
      n: 0,
      p50: Number.NaN,
      p95: Number.NaN,
      p99: Number.NaN,
      max: Number.NaN,
      min: Number.NaN,
      mean: Number.NaN,
    };
  const s = [...values].sort((a, b) => a - b);
  const rank = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
  return {
    n: s.length,
    p50: rank(50),
    p95: rank(95),
    p99: rank(99),
    max: s[s.length - 1] as number,
    min: s[0] as number,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

export const r1 = (v: number) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : null);
export const fmt = (v: number, w = 8) => (Number.isFinite(v) ? v.toFixed(1) : '—').padStart(w);

// ---- cleanup, signals and the watchdog ----------------------------------------------------------
export interface Cleanup {
  name: string;
  run: () => Promise<unknown>;
}

/**
 * Steps to undo, last registered first; run once on success, failure, a signal, an uncaught
 * error or the watchdog's deadline. `label` starts the watchdog's and uncaught errors' messages.
 * `exitOnUncaught: false` leaves uncaught errors to the caller's own listeners (the fuzz counts
 * them as crashes and goes on).
 */
export class Harness {
  readonly cleanups: Cleanup[] = [];
  interrupted = false;
  private cleaning: Promise<void> | null = null;
  private readonly watchdog: NodeJS.Timeout;

  constructor(deadlineMs: number, label = 'bench', options: { exitOnUncaught?: boolean } = {}) {
    for (const sig of SIGNALS) {
      process.on(sig, () => {
        if (this.interrupted) return;
        this.interrupted = true;
        console.error(`\n${sig}: cleaning up`);
        void this.cleanup().finally(() => process.exit(130));
      });
    }
    for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
      if (options.exitOnUncaught === false) break;
      process.on(event, (err: unknown) => {
        console.error(`${label}: ${event}:`, err instanceof Error ? (err.stack ?? err.message) : err);
        void this.cleanup().finally(() => process.exit(1));
      });
    }
    this.watchdog = setTimeout(() => {
      console.error(`${label}: over ${deadlineMs / 1000} s in all; stopping`);
      void this.cleanup().finally(() => process.exit(2));
    }, deadlineMs);
    this.watchdog.unref();
  }

  cleanup(): Promise<void> {
    this.cleaning ??= (async () => {
      // Last registered, first undone; a step registered while cleaning up is still run.
      for (let c = this.cleanups.pop(); c; c = this.cleanups.pop()) {
        let timer: NodeJS.Timeout | undefined;
        const t0 = now();
        try {
          await Promise.race([
            c.run(),
            new Promise<void>((resolve) => {
              timer = setTimeout(() => {
                console.error(`cleanup: ${c.name} took over 20 s; going on`);
                resolve();
              }, 20_000);
            }),
          ]);
        } catch (err) {
          console.error(`cleanup: ${c.name}:`, err instanceof Error ? err.message : err);
        } finally {
          clearTimeout(timer);
          const took = now() - t0;
          if (took > 2000 && took < 20_000) console.error(`cleanup: ${c.name} took ${(took / 1000).toFixed(1)} s`);
        }
      }
    })();
    return this.cleaning;
  }

  stopWatchdog(): void {
    clearTimeout(this.watchdog);
  }

  /** A benchmark's body: its exit code (130 when interrupted, 1 on failure); cleaned up either way. */
  async run(body: () => Promise<number>): Promise<number> {
    try {
      return await body();
    } catch (err) {
      if (this.interrupted) return 130;
      console.error('bench failed:', err instanceof Error ? (err.stack ?? err.message) : err);
      return 1;
    } finally {
      await this.cleanup();
      this.stopWatchdog();
    }
  }
}

// ---- the database -------------------------------------------------------------------------------
export interface BenchDatabase {
  databaseUrl: string;
  /** The temporary folder of an embedded database; null on DATABASE_URL. */
  scratch: string | null;
}

/** A fresh database on DATABASE_URL's server (dropped afterwards), or an embedded PostgreSQL in a temp dir. */
export async function openBenchDatabase(harness: Harness, log: (line: string) => void): Promise<BenchDatabase> {
  const { cleanups } = harness;
  const { startEmbeddedPostgres } = await import('../../apps/server/src/db/embedded.js');
  const pg = (await import('pg')).default;
  let databaseUrl: string;
  let scratch: string | null = null;
  if (process.env.DATABASE_URL) {
    const admin = process.env.DATABASE_URL;
    const name = `gongbian_bench_${randomBytes(6).toString('hex')}`;
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    try {
      await c.query(`CREATE DATABASE ${name}`);
    } finally {
      await c.end();
    }
    const u = new URL(admin);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    cleanups.push({
      name: `drop database ${name}`,
      run: async () => {
        const d = new pg.Client({ connectionString: admin });
        await d.connect();
        try {
          await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await d.end();
        }
      },
    });
    log(`database ${name} on DATABASE_URL's server`);
  } else {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-bench-'));
    scratch = dir;
    await fs.chmod(dir, 0o755); // PostgreSQL runs as its own user when we are root
    cleanups.push({ name: `remove ${dir}`, run: () => fs.rm(dir, { recursive: true, force: true }) });
    const db = await startEmbeddedPostgres(dir, 'gongbian_bench');
    cleanups.push({ name: 'stop embedded PostgreSQL', run: () => db.stop() });
    databaseUrl = db.url;
    log(`embedded PostgreSQL in ${dir}`);
  }
  return { databaseUrl, scratch };
}

// ---- the server -----------------------------------------------------------------------------------
/** The server in this process, seeded with the demo on the demo's date; stopped on cleanup. */
export async function startBenchApp(
  harness: Harness,
  db: BenchDatabase,
  overrides: Partial<Config> = {},
): Promise<App> {
  const { startApp } = await import('../../apps/server/src/app.js');
  const { readConfig } = await import('../../apps/server/src/config.js');
  // readConfig({}) supplies the defaults of any setting not named here.
  const config: Config = {
    ...readConfig({}),
    port: 0,
    host: '127.0.0.1',
    databaseUrl: db.databaseUrl,
    dataDir: db.scratch ?? path.join(repoRoot, '.data'),
    demo: true,
    demoPassword: 'gongbian',
    clock: '2020-11-16',
    publicUrl: undefined,
    webDist: path.join(repoRoot, 'apps/web/dist'),
    nodeEnv: 'production',
    ...overrides,
  };
  const signalListeners = new Map(SIGNALS.map((sig) => [sig, new Set(process.listeners(sig))]));
  const app: App = await startApp(config, { log: () => {} });
  harness.cleanups.push({ name: 'stop the app', run: () => app.stop() });
  // Apollo Server (NODE_ENV is not 'test') adds SIGINT/SIGTERM handlers that call its own stop().
  // This script stops the app itself; and a concurrent second apollo.stop() — the one inside
  // app.stop() — never returns in @apollo/server 5.5.1 (its barrier is resolved only on error).
  for (const sig of SIGNALS) {
    for (const l of process.listeners(sig)) if (!signalListeners.get(sig)?.has(l)) process.removeListener(sig, l);
  }
  return app;
}

/** POSTs GraphQL to the server; the data, or an error naming the GraphQL errors. */
export function graphqlPoster(url: string, options: { timeoutMs?: number } = {}) {
  /** The answer's data, typed by the caller (benchmarks send text, not the tests' typed documents). */
  const post = async <T = unknown>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      ...(options.timeoutMs ? { signal: AbortSignal.timeout(options.timeoutMs) } : {}),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
  const login = async (email: string, password = 'gongbian'): Promise<string> =>
    (
      await post<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }',
        { e: email, p: password },
      )
    ).login.token;
  return { post, login };
}
export type Post = ReturnType<typeof graphqlPoster>['post'];

// ---- talking to a forked client process -----------------------------------------------------------
/**
 * A child process running `file` (with tsx's loader) that takes commands C and answers with
 * replies R over IPC. A reply `{ type: 'fatal', message }` fails the next wait.
 */
export class ClientProcess<C, R extends { type: string }> {
  private readonly child: ChildProcess;
  private readonly inbox: R[] = [];
  private waiter: (() => void) | null = null;
  exited = false;

  constructor(file: string) {
    this.child = fork(file, [], {
      execArgv: process.execArgv, // tsx's loader
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (m) => {
      this.inbox.push(m as R);
      this.waiter?.();
    });
    this.child.on('exit', () => {
      this.exited = true;
      this.waiter?.();
    });
    // A send racing the child's exit fails with EPIPE; `next` then reports the exit.
    this.child.on('error', () => {});
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  send(c: C | { type: 'exit' }): void {
    if (!this.exited && this.child.connected) this.child.send(c as object, (err) => void err);
  }

  /** The next reply of this type (earlier replies of other types are dropped); null on timeout. */
  async next<T extends R['type']>(type: T, timeoutMs: number): Promise<Extract<R, { type: T }> | null> {
    const deadline = now() + timeoutMs;
    for (;;) {
      const fatal = this.inbox.find((m) => m.type === 'fatal') as { message?: string } | undefined;
      if (fatal) throw new Error(`client process: ${fatal.message}`);
      const i = this.inbox.findIndex((m) => m.type === type);
      if (i >= 0) {
        const [m] = this.inbox.splice(0, i + 1).slice(-1);
        return m as Extract<R, { type: T }>;
      }
      if (this.exited) throw new Error('the client process exited');
      const left = deadline - now();
      if (left <= 0) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiter = null;
    }
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    this.send({ type: 'exit' });
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await Promise.race([gone, sleep(5000)]);
    if (!this.exited) this.child.kill('SIGKILL');
  }
}

// ---- the file-descriptor budget -------------------------------------------------------------------
export async function openFileLimit(): Promise<number | null> {
  try {
    const text = await fs.readFile('/proc/self/limits', 'utf8');
    const m = /^Max open files\s+(\S+)/m.exec(text);
    if (!m) return null;
    return m[1] === 'unlimited' ? Number.POSITIVE_INFINITY : Number(m[1]);
  } catch {
    return null;
  }
}

// ---- CPU of this process's PostgreSQL ------------------------------------------------------------
/**
 * CPU time (ms) used so far by the `postgres` processes descended from this one (an embedded
 * database); null when there are none (DATABASE_URL) or /proc cannot be read. Processes that
 * have exited (a backend closed meanwhile) are not counted. `backendsOnly`: only the backends
 * serving a client over TCP (their title names the client's address), not autovacuum, the
 * checkpointer and the other background processes.
 */
export async function descendantPostgresCpuMs(options: { backendsOnly?: boolean } = {}): Promise<number | null> {
  const byPid = await descendantPostgresCpuByPid(options);
  return byPid && [...byPid.values()].reduce((a, b) => a + b, 0);
}

/**
 * The CPU (ms) the processes of `after` used since `before` (two descendantPostgresCpuByPid
 * snapshots): a process that exited in between is left out instead of taking its whole past
 * with it, as a difference of two totals would (a pool closing an idle connection).
 */
export function postgresCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** descendantPostgresCpuMs, process by process: pid → CPU ms so far. */
export async function descendantPostgresCpuByPid(
  options: { backendsOnly?: boolean } = {},
): Promise<Map<number, number> | null> {
  try {
    const ticks = 100; // USER_HZ on Linux
    const rows: { pid: number; ppid: number; comm: string; cpu: number }[] = [];
    for (const name of await fs.readdir('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const text = await fs.readFile(`/proc/${name}/stat`, 'utf8').catch(() => null);
      if (!text) continue;
      const open = text.indexOf('(');
      const close = text.lastIndexOf(')');
      const rest = text.slice(close + 2).split(' ');
      // After the command: state, ppid, …; utime and stime are fields 14 and 15 of the line.
      rows.push({
        pid: Number(name),
        ppid: Number(rest[1]),
        comm: text.slice(open + 1, close),
        cpu: Number(rest[11]) + Number(rest[12]),
      });
    }
    const children = new Map<number, number[]>();
    for (const r of rows) children.set(r.ppid, [...(children.get(r.ppid) ?? []), r.pid]);
    const byPid = new Map(rows.map((r) => [r.pid, r]));
    const seen = new Set<number>();
    const stack = [process.pid];
    const cpu = new Map<number, number>();
    let found = false;
    while (stack.length) {
      const pid = stack.pop() as number;
      if (seen.has(pid)) continue;
      seen.add(pid);
      const r = byPid.get(pid);
      if (r && r.comm === 'postgres') {
        found = true;
        const title = options.backendsOnly ? await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '') : '';
        if (!options.backendsOnly || /\(\d+\)/.test(title)) cpu.set(pid, (r.cpu * 1000) / ticks);
      }
      stack.push(...(children.get(pid) ?? []));
    }
    return found ? cpu : null;
  } catch {
    return null;
  }
}

// ---- a CPU profile of the server's thread, summarised ------------------------------------------
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * A CPU profile of this process (the server's thread) while `work` runs, sampled every 200 µs;
 * saved to `file` when given (open it in Chrome DevTools).
 */
export async function cpuProfileOf(work: () => Promise<unknown>, file: string | null = null): Promise<CpuProfile> {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  await work();
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
  session.disconnect();
  if (file) await fs.writeFile(file, JSON.stringify(profile));
  return profile;
}

export function summariseProfile(profile: CpuProfile): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Samples taken inside the profiler's own calls (node:inspector) are not the server's work.
  const profilerOwn = (id: number): boolean => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      if (byId.get(cur)?.callFrame.url === 'node:inspector') return true;
    }
    return false;
  };
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number;
    // timeDeltas[i] is the time before sample i; sample i accounts for the time until the next.
    self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  for (const id of [...self.keys()]) if (profilerOwn(id)) self.delete(id);
  const bucketOf = (url: string, fn: string): string => {
    if (!url) return fn.startsWith('(') ? fn : '(native)';
    const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (pkg) return pkg[1] as string;
    if (url.startsWith('node:')) return 'node core';
    const app = /apps\/server\/src\/(.+)$/.exec(url);
    if (app) return `app: ${app[1]}`;
    return path.basename(url);
  };
  const buckets = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const bucket = bucketOf(url, functionName);
    if (bucket === '(idle)' || bucket === '(program)') continue;
    total += ms;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + ms);
    const key = `${functionName || '(anonymous)'}  ${bucket}${url ? `:${lineNumber + 1}` : ''}`;
    fns.set(key, (fns.get(key) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => `  ${fmt(ms, 7)} ms ${fmt((100 * ms) / total, 5)}%  ${name}`);
  return [
    `busy (non-idle) samples: ${total.toFixed(0)} ms`,
    'self time by package / file:',
    ...top(buckets, 12),
    'self time by function:',
    ...top(fns, 15),
  ];
}

/**
 * A benchmark file's entry: in the relaunched stage, run `main` and exit with its code (anything
 * left, such as a keep-alive socket, must not hold the process open: `main` closed everything);
 * otherwise relaunch this file with the server's tsconfig.
 */
export async function benchEntry(fileUrl: string, main: () => Promise<number>): Promise<void> {
  if (process.env[STAGE] === 'run') process.exit(await main());
  else relaunch(fileUrl);
}
