import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, login, logPosition, ok, wsClient } from '#test/support/client.js';
import { createTestDatabase } from '#test/support/db.js';
import {
  ProgramActivityDocument,
  type ProgramActivitySubscription,
  ReplyDocument,
  StartTopicWithNoteDocument,
} from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer } from '#test/support/server.js';
import { createDataSource } from '../data-source.js';
import { backupDatabase } from './backup.js';
import { contents, emptyDatabase, gongbian, withClient } from './backup-test-helpers.js';

let scratch: string;
let source: { url: string; drop(): Promise<void> };
let backupFile: string;
/** What a client knew before the backup: its session, its cursor, and what the log held after that cursor. */
let client: { token: string; programId: string; cursor: string; missed: ProgramActivitySubscription[] };

beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-backup-'));
  source = await createTestDatabase();
  const server = await startTestServer({ databaseUrl: source.url }); // seeds the demo programme
  try {
    const token = await login(server.url, 'working@gongbian.test', PASSWORD);
    const { programId, topicIds, thread } = await withClient(source.url, async (c) => ({
      programId: (await c.query('SELECT id FROM program')).rows[0].id as string,
      topicIds: (await c.query('SELECT id FROM research_topic ORDER BY id LIMIT 3')).rows.map((r) => r.id as string),
      // A thread whose author can sign in to reply (some demo people have no account).
      thread: (
        await c.query(
          `SELECT t.id, p.email FROM thread t JOIN person p ON p.id = t.author_id JOIN draft d ON d.id = t.draft_id
            WHERE d.stage NOT IN ('APPROVED', 'ISSUED') AND t.review_assignment_id IS NULL
              AND p.email IS NOT NULL ORDER BY t.id LIMIT 1`,
        )
      ).rows[0] as { id: string; email: string },
    }));
    const cursor = await logPosition(server.url, token, programId);
    // Events after the client's cursor: three notes on topics and a comment.
    for (const [i, id] of topicIds.entries())
      await ok(server.url, StartTopicWithNoteDocument, { id, n: `备份前 ${i}` }, token);
    await ok(
      server.url,
      ReplyDocument,
      { id: thread.id, b: '备份前的回复。' },
      await login(server.url, thread.email, PASSWORD),
    );
    const ws = wsClient(server.url, token);
    const replay = collect(ws, ProgramActivityDocument, { id: programId, after: cursor });
    await replay.until(topicIds.length + 1);
    await new Promise((r) => setTimeout(r, 500)); // and whatever else the writes logged
    replay.dispose();
    await ws.dispose();
    client = { token, programId, cursor, missed: [...replay.received] };

    // Backed up while the server runs, as operators do.
    backupFile = path.join(scratch, 'gongbian.backup.gz');
    const run = await gongbian(source.url, 'backup', backupFile);
    expect(run.stderr).toContain('event');
    expect(run.code, run.stderr).toBe(0);
    console.log(run.stdout.trim());
  } finally {
    await server.app.stop();
  }
});

afterAll(async () => {
  await source?.drop();
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores into an empty database every row, sequence and event, and the server carries on from them', async () => {
    const target = await emptyDatabase();
    try {
      const started = performance.now();
      const run = await gongbian(target.url, 'restore', backupFile);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.trim().split('\n'), 'one summary line on stdout').toHaveLength(1);
      const seconds = (performance.now() - started) / 1000;
      const { size } = await fs.stat(backupFile);
      console.log(`${run.stdout.trim()} (file ${size} bytes; restore command ${seconds.toFixed(1)} s)`);

      const before = await contents(source.url);
      const after = await contents(target.url);
      expect(Object.keys(after.tables)).toEqual(Object.keys(before.tables));
      for (const table of Object.keys(before.tables)) expect(after.tables[table], table).toEqual(before.tables[table]);
      expect(after.sequences).toEqual(before.sequences);
      expect(after.tables.event?.length).toBeGreaterThan(client.missed.length);

      const server = await startTestServer({ databaseUrl: target.url });
      try {
        // The client's old session and cursor: it gets exactly what it had missed, then goes live.
        const ws = wsClient(server.url, client.token);
        const resumed = collect(ws, ProgramActivityDocument, { id: client.programId, after: client.cursor });
        await resumed.until(client.missed.length);
        await new Promise((r) => setTimeout(r, 500));
        expect(resumed.received).toEqual(client.missed);

        const token = await login(server.url, 'working@gongbian.test', PASSWORD);
        const topic = client.missed[0]?.programEvents.activity.subjectId as string;
        await ok(server.url, StartTopicWithNoteDocument, { id: topic, n: '恢复之后' }, token);
        const [live] = (await resumed.until(client.missed.length + 1)).slice(client.missed.length);
        expect(live?.programEvents.activity.subjectId).toBe(topic);
        const maxId = (url: string) =>
          withClient(url, async (c) => BigInt((await c.query('SELECT max(id)::text AS id FROM event')).rows[0].id));
        expect(await maxId(target.url)).toBeGreaterThan(await maxId(source.url));
        resumed.dispose();
        await ws.dispose();
      } finally {
        await server.app.stop();
      }
    } finally {
      await target.drop();
    }
  });

  it('restores a backup from an older version at its own migration, then runs the newer ones', async () => {
    const older = await createTestDatabase();
    const target = await emptyDatabase();
    try {
      // The database as the previous version left it: the latest migration undone.
      const ds = createDataSource(older.url, { poolSize: 1 });
      await ds.initialize();
      const latest = (ds.migrations.at(-1) as { name: string }).name;
      await ds.undoLastMigration({ transaction: 'all' });
      await ds.destroy();
      const file = path.join(scratch, 'older.gz');
      await backupDatabase(older.url, file, () => {});

      const run = await gongbian(target.url, 'restore', file);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`then ran this version's 1 newer migrations (${latest})`);
      const applied = await withClient(target.url, async (c) =>
        (await c.query('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name),
      );
      expect(applied.at(-1)).toBe(latest);
      expect(new Set(applied).size).toBe(applied.length);
    } finally {
      await older.drop();
      await target.drop();
    }
  });
});
