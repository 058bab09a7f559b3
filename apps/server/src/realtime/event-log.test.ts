import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, logPosition, ok, present, wsClient } from '#test/support/client.js';
import {
  ProgramEventsWithDashboardDocument,
  ProgramTopicsDocument,
  UpdateTopicIdDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { ORIGIN } from './cursor.js';
import { readEvents } from './event-log.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function topicIds(p: Programme): Promise<string[]> {
  const r = await ok(server.url, ProgramTopicsDocument, { id: p.programId }, await p.as('working'));
  return present(r.program, 'the programme').topics.map((t) => t.id);
}

async function note(p: Programme, topicId: string, text: string) {
  await ok(server.url, UpdateTopicIdDocument, { id: topicId, s: 'IN_PROGRESS', n: text }, await p.as('working'));
}

describe('programEvents', () => {
  it('delivers a change made by one person to another person’s subscription, with fresh figures', async () => {
    const p = await buildProgramme(server);
    const [topic] = await topicIds(p);
    const client = wsClient(server.url, await p.as('leader'));
    const sub = collect(client, ProgramEventsWithDashboardDocument, {
      id: p.programId,
      after: await logPosition(server.url, await p.as('leader'), p.programId),
    });
    await note(p, topic as string, '补充调研');
    const [e] = await sub.until(1);
    expect(e?.programEvents.activity.subjectId).toBe(topic);
    expect(e?.programEvents.activity.actor?.name).toBeTruthy();
    expect(e?.programEvents.dashboard.topicsByStatus.find((c) => c.status === 'IN_PROGRESS')?.count).toBe(1);
    sub.dispose();
    await client.dispose();
  });

  it('gives a client that resumes with its cursor exactly the events it missed, in order', async () => {
    const p = await buildProgramme(server);
    const topics = await topicIds(p);
    const token = await p.as('observer');
    const first = wsClient(server.url, token);
    const sub = collect(first, ProgramEventsWithDashboardDocument, {
      id: p.programId,
      after: await logPosition(server.url, token, p.programId),
    });
    await note(p, topics[0] as string, 'before the disconnect');
    const [seen] = await sub.until(1);
    sub.dispose();
    await first.dispose();

    const missed = ['一', '二', '三', '四', '五'];
    for (const [i, n] of missed.entries()) await note(p, topics[i + 1] as string, n);

    const second = wsClient(server.url, token);
    const resumed = collect(second, ProgramEventsWithDashboardDocument, {
      id: p.programId,
      after: seen?.programEvents.cursor,
    });
    const got = await resumed.until(5);
    await new Promise((r) => setTimeout(r, 500)); // nothing more should come
    expect(resumed.received.map((e) => e.programEvents.activity.subjectId)).toEqual(topics.slice(1, 6));
    const cursors = got.map((e) => e.programEvents.cursor);
    expect(new Set(cursors).size).toBe(5);

    // …and then it is live.
    await note(p, topics[6] as string, 'after the resume');
    await resumed.until(6);
    expect(resumed.received[5]?.programEvents.activity.subjectId).toBe(topics[6]);
    resumed.dispose();
    await second.dispose();
  });

  it('delivers in commit order: a writer that commits first is not held behind an open one, which is not skipped', async () => {
    const p = await buildProgramme(server);
    const topics = await topicIds(p);
    const client = wsClient(server.url, await p.as('leader'));
    const sub = collect(client, ProgramEventsWithDashboardDocument, {
      id: p.programId,
      after: await logPosition(server.url, await p.as('leader'), p.programId),
    });

    // Writer A takes the lower event id and holds its transaction open…
    const a = new pg.Client({ connectionString: server.databaseUrl });
    await a.connect();
    await a.query('BEGIN');
    const [{ id: idA }] = (
      await a.query(
        `INSERT INTO event (program_id, stream, kind, subject_id, actor_id, summary)
         VALUES ($1, $2, 'topic.updated', $3, NULL, 'writer A') RETURNING id::text`,
        [p.programId, `program:${p.programId}`, topics[0]],
      )
    ).rows;
    // …while writer B, with a higher id, commits first.
    await note(p, topics[1] as string, 'writer B');
    const [first] = await sub.until(1); // B does not wait for A's transaction
    expect(first?.programEvents.activity.subjectId).toBe(topics[1]);
    await a.query('COMMIT');
    await a.query(`SELECT pg_notify('gongbian_events', '')`);
    await a.end();

    const got = await sub.until(2);
    expect(got.map((e) => e.programEvents.activity.subjectId)).toEqual([topics[1], topics[0]]);
    expect(got[1]?.programEvents.activity.id).toBe(idA);
    sub.dispose();
    await client.dispose();
  });

  it('refuses a cursor it never gave out, and a programme the person cannot read', async () => {
    const p = await buildProgramme(server);
    const other = await buildProgramme(server);
    const client = wsClient(server.url, await p.as('leader'));
    const bad = collect(client, ProgramEventsWithDashboardDocument, { id: p.programId, after: 'yesterday' });
    const foreign = collect(client, ProgramEventsWithDashboardDocument, { id: other.programId });
    await new Promise((r) => setTimeout(r, 500));
    expect(JSON.stringify(bad.errors)).toContain('BAD_USER_INPUT');
    expect(JSON.stringify(foreign.errors)).toContain('NOT_FOUND');
    await client.dispose();
  });
});

describe('readEvents', () => {
  it('reads the log in numeric order when event ids cross a power of ten', async () => {
    const p = await buildProgramme(server);
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    try {
      // Ids move past 9,999 inside one transaction: 9,996 … 10,003 share one place in the log.
      await db.query(
        `SELECT setval(pg_get_serial_sequence('event', 'id'), greatest(9995, (SELECT max(id) FROM event)))`,
      );
      const log = { query: async (sql: string, params?: unknown[]) => (await db.query(sql, params)).rows };
      const head = (await readEvents(log, ORIGIN, { programId: p.programId })).at(-1)?.position ?? ORIGIN;
      await db.query('BEGIN');
      for (let n = 0; n < 8; n++) {
        await db.query(
          `INSERT INTO event (program_id, stream, kind, subject_id, summary) VALUES ($1, $2, 'topic.updated', $3, '')`,
          [p.programId, `program:${p.programId}`, String(n)],
        );
      }
      await db.query('COMMIT');
      const read = await readEvents(log, head, { programId: p.programId });
      expect(read.map((e) => e.subjectId)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    } finally {
      await db.end();
    }
  });
  it('reads a tail of the log without going through the rest of it', async () => {
    const p = await buildProgramme(server);
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    try {
      const append = (subject: string) =>
        db.query(
          `INSERT INTO event (program_id, stream, kind, subject_id, summary) VALUES ($1, $2, 'topic.updated', $3, '')`,
          [p.programId, `program:${p.programId}`, subject],
        );
      // A log of some length, a commit at a time, as writes make it.
      for (let n = 0; n < 1500; n++) await append(`old-${n}`);
      await db.query('ANALYZE event; ANALYZE event_commit'); // what autovacuum keeps up to date
      const plain = { query: async (sql: string, params?: unknown[]) => (await db.query(sql, params)).rows };
      const head = (await readEvents(plain, ORIGIN, { limit: 100_000 })).at(-1)?.position ?? ORIGIN;
      for (let n = 0; n < 5; n++) await append(`new-${n}`);

      // The rows each scan of the read's plan went through, as PostgreSQL executed it.
      let scanned = 0;
      const explained = {
        query: async (sql: string, params?: unknown[]) => {
          const [
            {
              'QUERY PLAN': [plan],
            },
          ] = (await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params)).rows;
          const visit = (node: PlanNode) => {
            if (node['Node Type'].includes('Scan')) scanned += node['Actual Rows'] * node['Actual Loops'];
            for (const child of node.Plans ?? []) visit(child);
          };
          visit(plan.Plan);
          return [];
        },
      };
      await readEvents(explained, head);
      expect(scanned).toBeGreaterThan(0);
      expect(scanned).toBeLessThan(100);
      expect((await readEvents(plain, head)).map((e) => e.subjectId)).toEqual([
        'new-0',
        'new-1',
        'new-2',
        'new-3',
        'new-4',
      ]);
    } finally {
      await db.end();
    }
  });
});

interface PlanNode {
  'Node Type': string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}
