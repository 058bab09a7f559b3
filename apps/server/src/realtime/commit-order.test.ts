import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collect, logPosition, ok, present, wsClient } from '#test/support/client.js';
import {
  ProgramActivitySubjectsDocument,
  ProgramTopicsDocument,
  StartTopicWithNoteDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { ORIGIN } from './cursor.js';
import { type Queryable, readEvents } from './event-log.js';
import { pruneEvents } from './retention.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function firstTopic(p: Programme): Promise<string> {
  const r = await ok(server.url, ProgramTopicsDocument, { id: p.programId }, await p.as('working'));
  return present(r.program?.topics[0]?.id, 'a topic');
}

async function touchTopic(p: Programme, topicId: string, note: string) {
  await ok(server.url, StartTopicWithNoteDocument, { id: topicId, n: note }, await p.as('working'));
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

const rowsOf = (client: pg.Client): Queryable => ({
  query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
});

/** Holds a transaction open, with a transaction id, on `url` until released. */
async function openTransaction(url: string): Promise<{ release(): Promise<void> }> {
  const client = await connect(url);
  await client.query('BEGIN');
  await client.query('SELECT pg_current_xact_id()');
  return {
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

const insertEvent = (db: pg.Client, programId: string, subject: string) =>
  db.query(
    `INSERT INTO event (program_id, stream, kind, subject_id, summary) VALUES ($1, $2, 'topic.updated', $3, '')`,
    [programId, `program:${programId}`, subject],
  );

/**
 * Subscribes as the leader, holds a transaction open on `blockerUrl`, changes a topic, and waits
 * for its event while that transaction is still open; the topic and what arrived.
 */
async function deliveredWhileOpen(blockerUrl: string, note: string) {
  const p = await buildProgramme(server);
  const topic = await firstTopic(p);
  const client = wsClient(server.url, await p.as('leader'));
  const sub = collect(client, ProgramActivitySubjectsDocument, {
    id: p.programId,
    after: await logPosition(server.url, await p.as('leader'), p.programId),
  });
  const blocker = await openTransaction(blockerUrl);
  try {
    await touchTopic(p, topic, note);
    return { topic, received: await sub.until(1) };
  } finally {
    await blocker.release();
    sub.dispose();
    await client.dispose();
  }
}

describe('delivery in commit order', () => {
  it('is not held back by a transaction left open in another database of the same server', async () => {
    // Before, the log was read below the cluster-wide xmin: this held every live update back.
    const { topic, received } = await deliveredWhileOpen(inject('pgAdminUrl'), '另一个数据库里有未结束的事务');
    expect(received[0]?.programEvents.activity.subjectId).toBe(topic);
  });

  it('is not held back by an open transaction in its own database that writes no events', async () => {
    await deliveredWhileOpen(server.databaseUrl, '本库里有未结束的事务');
  });

  it('keeps one place in line per transaction, whatever number of events it writes', async () => {
    const p = await buildProgramme(server);
    const db = await connect(server.databaseUrl);
    try {
      const log = rowsOf(db);
      const before = await readEvents(log, ORIGIN, { programId: p.programId, limit: 10_000 });
      await db.query('BEGIN');
      for (const n of ['a', 'b', 'c']) await insertEvent(db, p.programId, n);
      await db.query('COMMIT');
      const read = await readEvents(log, before.at(-1)?.position ?? ORIGIN, { programId: p.programId });
      expect(read.map((e) => e.subjectId)).toEqual(['a', 'b', 'c']);
      expect(new Set(read.map((e) => e.position.position)).size).toBe(1);
    } finally {
      await db.end();
    }
  });
});

describe('cursors the log can no longer place', () => {
  const reasonOf = (errors: unknown[]) => JSON.stringify(errors);

  it('refuses a cursor of the old transaction-id format with CURSOR_EXPIRED, so the client reloads', async () => {
    const p = await buildProgramme(server);
    const client = wsClient(server.url, await p.as('leader'));
    const sub = collect(client, ProgramActivitySubjectsDocument, { id: p.programId, after: '8812.40' });
    await expect.poll(() => sub.errors.length).toBeGreaterThan(0);
    expect(reasonOf(sub.errors)).toContain('CURSOR_EXPIRED');
    expect(reasonOf(sub.errors)).toContain('BAD_USER_INPUT');
    await client.dispose();
  });

  it('refuses a cursor from before what retention pruned, and still replays from a later one', async () => {
    const p = await buildProgramme(server);
    const topic = await firstTopic(p);
    const token = await p.as('leader');
    const old = await logPosition(server.url, token, p.programId);
    await touchTopic(p, topic, '保留期之前');
    // Everything committed so far becomes older than the one-day window pruned below.
    await ageTheLog(server.databaseUrl);
    const pruned = await pruneEvents(server.app.services.ds, 1);
    expect(pruned.events).toBeGreaterThan(0);

    const recent = await logPosition(server.url, token, p.programId);
    await touchTopic(p, topic, '保留期之内');
    const client = wsClient(server.url, token);
    const stale = collect(client, ProgramActivitySubjectsDocument, { id: p.programId, after: old });
    const fresh = collect(client, ProgramActivitySubjectsDocument, { id: p.programId, after: recent });
    await expect.poll(() => stale.errors.length).toBeGreaterThan(0);
    expect(reasonOf(stale.errors)).toContain('CURSOR_EXPIRED');
    const [e] = await fresh.until(1);
    expect(e?.programEvents.activity.subjectId).toBe(topic);
    await client.dispose();
  });

  it('keeps the log append-only for everything but pruning', async () => {
    const db = await connect(server.databaseUrl);
    try {
      await expect(db.query('DELETE FROM event WHERE id = (SELECT min(id) FROM event)')).rejects.toThrow(/append-only/);
      await expect(db.query('UPDATE event_commit SET committed_at = now()')).rejects.toThrow(/append-only/);
      await expect(db.query('TRUNCATE event_commit')).rejects.toThrow(/append-only/);
    } finally {
      await db.end();
    }
  });
});

/** Makes every commit so far look two days old (what the calendar would do), for pruning. */
async function ageTheLog(url: string): Promise<void> {
  const db = await connect(url);
  try {
    await db.query('BEGIN');
    await db.query('ALTER TABLE event_commit DISABLE TRIGGER event_commit_append_only');
    await db.query(`UPDATE event_commit SET committed_at = committed_at - interval '2 days'`);
    await db.query('ALTER TABLE event_commit ENABLE TRIGGER event_commit_append_only');
    await db.query('COMMIT');
  } finally {
    await db.end();
  }
}
