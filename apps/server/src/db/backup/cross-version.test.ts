import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase } from '#test/support/db.js';
import { PASSWORD } from '#test/support/server.js';
import { seedProgramme } from '../../demo/programme.js';
import { house } from '../../house.js';
import { createDataSource } from '../data-source.js';
import { freePort } from '../embedded.js';
import { backupDatabase } from './backup.js';
import { contents, emptyDatabase, withClient } from './backup-test-helpers.js';
import { restoreDatabase } from './restore.js';

const run = promisify(execFile);

/**
 * Another major version of PostgreSQL than the test server's, from Debian's packages
 * (/usr/lib/postgresql/<major>), run for this file in a folder of its own. Without one the test
 * is skipped: the same-version round trip is in backup.test.ts.
 */
async function otherPostgres(testMajor: number): Promise<string | null> {
  const majors = await fs.readdir('/usr/lib/postgresql').catch(() => [] as string[]);
  const other = majors.find((m) => Number(m) !== testMajor && Number(m) >= 13);
  return other ? `/usr/lib/postgresql/${other}/bin` : null;
}

let testMajor = 0;
let bin: string | null = null;
let folder: string;
let stop = async () => {};
let otherUrl = '';

beforeAll(async () => {
  const probe = await createTestDatabase();
  testMajor = await withClient(probe.url, async (c) =>
    Math.floor(Number((await c.query(`SELECT current_setting('server_version_num') AS v`)).rows[0].v) / 10000),
  );
  await probe.drop();
  bin = await otherPostgres(testMajor);
  if (!bin) return;
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-pg-other-'));
  // PostgreSQL refuses to run as root: then it runs as Debian's postgres user.
  const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  if (asPostgres.length) await run('chown', ['postgres', folder]);
  const exec = (cmd: string, args: string[]) =>
    asPostgres.length ? run(asPostgres[0] as string, [...asPostgres.slice(1), cmd, ...args]) : run(cmd, args);
  const data = path.join(folder, 'data');
  await exec(`${bin}/initdb`, ['-D', data, '-U', 'gongbian', '--auth=trust']);
  const port = await freePort();
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`;
  await exec(`${bin}/pg_ctl`, ['-D', data, '-o', options, '-l', path.join(folder, 'log'), '-w', 'start']);
  stop = async () => {
    await exec(`${bin}/pg_ctl`, ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  await withClient(`postgresql://gongbian@127.0.0.1:${port}/postgres`, (c) => c.query('CREATE DATABASE restored'));
  otherUrl = `postgresql://gongbian@127.0.0.1:${port}/restored`;
});

afterAll(async () => {
  await stop();
  if (folder) await fs.rm(folder, { recursive: true, force: true });
});

it('carries a database to another major version of PostgreSQL and back, row for row', async (ctx) => {
  if (!bin) ctx.skip();
  const source = await createTestDatabase();
  const back = await emptyDatabase();
  try {
    const ds = createDataSource(source.url, { poolSize: 1, entities: house.entities });
    await ds.initialize();
    await ds.transaction((m) => seedProgramme(m, PASSWORD, { emailDomain: 'versions.test' }));
    await ds.destroy();
    const there = path.join(folder, 'there.gz');
    const again = path.join(folder, 'back.gz');
    const quiet = () => {};

    await backupDatabase(source.url, there, quiet);
    await restoreDatabase(otherUrl, there, quiet, { whenNotEmpty: '' });
    const original = await contents(source.url);
    expect(await contents(otherUrl)).toEqual(original);

    await backupDatabase(otherUrl, again, quiet);
    await restoreDatabase(back.url, again, quiet, { whenNotEmpty: '' });
    expect(await contents(back.url)).toEqual(original);
    console.log(`PostgreSQL ${testMajor} → ${bin?.split('/').at(-2)} → ${testMajor}: identical`);
  } finally {
    await source.drop();
    await back.drop();
  }
});
