import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { login, ok, present } from '#test/support/client.js';
import { ProgrammeTopicsDocument, StartTopicRestoredDocument } from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { startEmbeddedPostgres } from '../embedded.js';
import { cli, contents, withClient } from './backup-test-helpers.js';

let scratch: string;
let server: TestServer | null = null;

beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-embedded-backup-'));
  // PostgreSQL may run as a user of its own, which must reach the data folders.
  await fs.chmod(scratch, 0o755);
});

afterAll(async () => {
  await server?.stop();
  await fs.rm(scratch, { recursive: true, force: true });
});

/** The CLI with no DATABASE_URL: it works on the embedded database of `dataDir`. */
function onDataFolder(dataDir: string, ...args: string[]) {
  const { DATABASE_URL: _, ...env } = process.env;
  return cli(args, { ...env, GONGBIAN_DATA_DIR: dataDir });
}

const highestTxid = (c: pg.Client) =>
  c.query('SELECT txid::text AS x FROM event ORDER BY txid DESC LIMIT 1').then((r) => BigInt(r.rows[0].x));
const currentTxid = (c: pg.Client) =>
  c.query('SELECT pg_current_xact_id()::text AS x').then((r) => BigInt(r.rows[0].x));

// Two data folders, two servers and four CLI processes: longer than the project's default.
it('backs up the embedded database of a running server, and restores it into a new data folder once stopped', {
  timeout: 180_000,
}, async () => {
  const live = path.join(scratch, 'live');
  const fresh = path.join(scratch, 'fresh');
  // A cluster that has run many more transactions than a new one: the event log's transaction
  // ids (event.txid) are then above anything the restored cluster has handed out.
  const early = await startEmbeddedPostgres(live);
  await withClient(early.url, (c) =>
    c.query('DO $$ BEGIN FOR i IN 1..30000 LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$'),
  );
  await early.stop();
  server = await startTestServer({ config: { databaseUrl: undefined, dataDir: live } }); // the demo, embedded

  const hot = await onDataFolder(live, 'backup', path.join(scratch, 'hot.gz'));
  expect(hot.code, hot.stderr).toBe(0);
  expect(hot.stderr).toContain(`the embedded database in ${live} (of the running server, pid ${process.pid})`);

  const refused = await onDataFolder(live, 'restore', path.join(scratch, 'hot.gz'));
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain(
    `A Gongbian server (pid ${process.pid}) is running on the data folder ${live}. Stop it first`,
  );

  await server.stop();
  server = null;
  // Nothing runs now: the backup starts the folder's PostgreSQL itself.
  const cold = await onDataFolder(live, 'backup', path.join(scratch, 'cold.gz'));
  expect(cold.code, cold.stderr).toBe(0);
  expect(cold.stderr).toContain('(started for this backup)');
  console.log(cold.stdout.trim());

  const restored = await onDataFolder(fresh, 'restore', path.join(scratch, 'cold.gz'));
  expect(restored.code, restored.stderr).toBe(0);
  expect(restored.stderr).toContain("Moving this PostgreSQL's transaction counter past the backup's");
  console.log(restored.stdout.trim());

  const [a, b] = [await startEmbeddedPostgres(live), await startEmbeddedPostgres(fresh)];
  try {
    const [before, after] = [await contents(a.url), await contents(b.url)];
    expect(after).toEqual(before);
    expect(after.tables.person?.length).toBeGreaterThan(0);
    // New transactions on the restored cluster come after every restored one.
    await withClient(b.url, async (c) => expect(await currentTxid(c)).toBeGreaterThan(await highestTxid(c)));
  } finally {
    await a.stop();
    await b.stop();
  }

  // The server on the restored folder: the demo accounts sign in, and a write is logged after the old events.
  server = await startTestServer({ config: { databaseUrl: undefined, dataDir: fresh } });
  const token = await login(server.url, 'working@gongbian.test', PASSWORD);
  const r = await ok(server.url, ProgrammeTopicsDocument, {}, token);
  const topics = r.programs[0]?.topics ?? [];
  expect(topics.length).toBeGreaterThan(0);
  const restoredHighest = await withClient(server.app.database.url, highestTxid);
  await ok(server.url, StartTopicRestoredDocument, { id: present(topics[0], 'a topic').id }, token);
  expect(await withClient(server.app.database.url, highestTxid)).toBeGreaterThan(restoredHighest);
});
