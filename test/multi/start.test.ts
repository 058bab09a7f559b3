// `pnpm start` as an operator runs it: it builds what is stale, runs plain node on the compiled
// server, and a signal to the pnpm process stops the server and its embedded PostgreSQL.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/client.js';
import { LoginWithNameDocument } from '#test/support/generated/graphql.js';
import { repoRoot } from '../../apps/server/src/config.js';
import { isAlive } from '../../apps/server/src/db/process-info.js';
import { printedSchema } from '../../apps/server/src/house.js';

// A fresh clone builds the web app and the server first; on this busy 2-core machine that can take a while.
const START_TIMEOUT_MS = 240_000;

interface Start {
  child: ChildProcess;
  url: string;
  startedMs: number;
  output: () => string;
  exited: Promise<number | null>;
}

const started: Start[] = [];
const folders: string[] = [];
afterAll(async () => {
  for (const s of started) {
    // A failed test may leave one running: the whole group, pnpm, node and PostgreSQL's launcher.
    if (s.child.exitCode === null && s.child.signalCode === null) {
      try {
        process.kill(-(s.child.pid as number), 'SIGKILL');
      } catch {}
    }
  }
  for (const dir of folders) {
    const pid = await postmasterPid(dir);
    if (pid && (await isAlive(pid))) process.kill(pid, 'SIGTERM');
    await fs.rm(dir, { recursive: true, force: true });
  }
});

async function dataFolder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-start-'));
  // As root the package runs PostgreSQL as a user of its own, which must reach the folder.
  await fs.chmod(dir, 0o755);
  folders.push(dir);
  return dir;
}

async function postmasterPid(dataDir: string): Promise<number | null> {
  const text = await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => null);
  return text ? Number.parseInt(text.split('\n')[0] ?? '', 10) : null;
}

/** `pnpm start` from the repository, in a process group of its own (as a terminal gives it). */
async function pnpmStart(env: Record<string, string | undefined>): Promise<Start> {
  const t0 = performance.now();
  const child = spawn('pnpm', ['start'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pnpm start did not serve:\n${out}`)), START_TIMEOUT_MS);
    child.stdout?.on('data', () => {
      const m = /is running at (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    child.once('exit', (code) => reject(new Error(`pnpm start exited (${code}):\n${out}`)));
  });
  const s = { child, url, startedMs: performance.now() - t0, output: () => out, exited };
  started.push(s);
  return s;
}

/** The pid of the process listening on a local TCP port, from /proc (the socket's inode, then its owner's fds). */
async function listenerPid(port: number): Promise<number> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = (await fs.readFile(table, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const line of lines) {
      const f = line.trim().split(/\s+/);
      // local_address is ADDR:PORT; state 0A is LISTEN; the inode is the tenth field.
      if (f[1]?.endsWith(`:${hexPort}`) && f[3] === '0A' && f[9]) inodes.add(`socket:[${f[9]}]`);
    }
  }
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fds = await fs.readdir(`/proc/${entry}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      const target = await fs.readlink(`/proc/${entry}/fd/${fd}`).catch(() => '');
      if (inodes.has(target)) return Number(entry);
    }
  }
  throw new Error(`no process listens on port ${port}`);
}

const argv = async (pid: number) => (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').filter(Boolean);
const parentPid = async (pid: number) => {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
};
const rssMb = async (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(await fs.readFile(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

/** Live processes whose command line mentions `text` (a data folder: its postgres runs with -D there). */
async function processesMentioning(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const cmd = await fs.readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes(text) && (await isAlive(Number(entry)))) found.push(`${entry}: ${cmd.split('\0').join(' ')}`);
  }
  return found;
}

describe('pnpm start', () => {
  it('serves from node on the compiled server, and SIGTERM to pnpm stops the server and its PostgreSQL', async () => {
    const dataDir = await dataFolder();
    // NODE_ENV unset, as in an operator's shell (vitest sets it to test): the default is production.
    const s = await pnpmStart({ GONGBIAN_DATA_DIR: dataDir, NODE_ENV: undefined });

    const data = await ok(s.url, LoginWithNameDocument, {
      e: 'admin@gongbian.test',
      p: 'gongbian',
    });
    expect(data.login.token.length).toBeGreaterThan(20);
    expect(data.login.person.name).not.toBe('');

    const server = await listenerPid(Number(new URL(s.url).port));
    const args = await argv(server);
    expect(path.basename(args[0] as string)).toBe('node');
    expect(args.slice(1)).toEqual(['apps/server/dist/main.js']);
    expect(args.join(' ')).not.toMatch(/tsx/);
    // pnpm's own child, with no shell in between to swallow the signal.
    expect(await parentPid(server)).toBe(s.child.pid);
    const postmaster = await postmasterPid(dataDir);
    expect(postmaster && (await isAlive(postmaster))).toBe(true);
    const rebuilt = (s.output().match(/Built the [a-z ]+ in [\d.]+ s/g) ?? []).join(', ') || 'nothing rebuilt';
    console.log(
      `pnpm start served after ${(s.startedMs / 1000).toFixed(1)} s (${rebuilt}); server RSS ${(await rssMb(server)).toFixed(0)} MB`,
    );

    process.kill(s.child.pid as number, 'SIGTERM');
    expect(await s.exited).toBe(0);
    expect(await isAlive(server)).toBe(false);
    expect(await isAlive(postmaster as number)).toBe(false);
    await expect(fs.stat(path.join(dataDir, 'pg', 'postmaster.pid'))).rejects.toThrow();
    expect(await processesMentioning(dataDir)).toEqual([]);
  });

  it('starts without rebuilding a current web app, serves the schema the source defines, and stops on SIGINT', async () => {
    // Whatever is stale gets built now, so the start below finds the web app current.
    await promisify(execFile)(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, timeout: START_TIMEOUT_MS });
    const dataDir = await dataFolder();
    const s = await pnpmStart({
      GONGBIAN_DATA_DIR: dataDir,
      // Introspection (off in production) and room for its deep, long query.
      NODE_ENV: 'test',
      GONGBIAN_MAX_DEPTH: '50',
      GONGBIAN_MAX_TOKENS: '100000',
      GONGBIAN_MAX_COST: '100000000',
      GONGBIAN_MAX_ALIASES: '100',
    });
    expect(s.output()).toContain('The web app is current');
    expect(s.output()).not.toContain('Building the web app');
    console.log(`pnpm start with everything current served after ${(s.startedMs / 1000).toFixed(1)} s`);

    // Bundling renames clashing classes; type-graphql names types after classes. Same schema, or a bug.
    const query = getIntrospectionQuery({ specifiedByUrl: true, inputValueDeprecation: true });
    const introspection = await ok<IntrospectionQuery>(s.url, query);
    const served = `${printSchema(lexicographicSortSchema(buildClientSchema(introspection)))}\n`;
    expect(served).toBe(await printedSchema());

    const server = await listenerPid(Number(new URL(s.url).port));
    const postmaster = await postmasterPid(dataDir);
    process.kill(s.child.pid as number, 'SIGINT');
    expect(await s.exited).toBe(0);
    expect(await isAlive(server)).toBe(false);
    expect(await isAlive(postmaster as number)).toBe(false);
    expect(await processesMentioning(dataDir)).toEqual([]);
  });
});

describe('pnpm bundle', () => {
  it('makes a folder that, moved elsewhere, serves the web app and GraphQL with Node.js alone', async () => {
    const scratch = await dataFolder();
    const t0 = performance.now();
    await promisify(execFile)('pnpm', ['bundle', path.join(scratch, 'made')], {
      cwd: repoRoot,
      timeout: START_TIMEOUT_MS,
    });
    console.log(`pnpm bundle took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // Moved after it was made, outside the repository: nothing in it may point back to either.
    const bundle = path.join(scratch, 'moved');
    await fs.rename(path.join(scratch, 'made'), bundle);
    const dataDir = await dataFolder();

    const child = spawn(path.join(bundle, 'start.sh'), [], {
      cwd: os.tmpdir(),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', GONGBIAN_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    started.push({ child, url: '', startedMs: 0, output: () => out, exited });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', () => {
        const m = /is running at (http:\/\/[\d.]+:\d+)/.exec(out);
        if (m) resolve(m[1] as string);
      });
      child.once('exit', (code) => reject(new Error(`the bundle's server exited (${code}):\n${out}`)));
    });

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app">');
    const data = await ok(url, LoginWithNameDocument, {
      e: 'admin@gongbian.test',
      p: 'gongbian',
    });
    expect(data.login.person.name).not.toBe('');
    // start.sh execs node: the process it started is the server.
    expect(await argv(child.pid as number)).toEqual(['node', path.join(bundle, 'server/dist/main.js')]);

    process.kill(child.pid as number, 'SIGTERM');
    expect(await exited).toBe(0);
    expect(await processesMentioning(dataDir)).toEqual([]);
  });
});
