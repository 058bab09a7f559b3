import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/client.js';
import {
  ProgramTopicsDocument,
  StartTopicWithNoteDocument,
  TopicFiguresDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';
import { queryCounter } from '../../db/query-counter.js';

// Two replicas on one database, as behind the load balancer.
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startTestServer({ demo: false });
  b = await startTestServer({ demo: false, databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await b.stop();
  await a.stop();
});

const inProgress = (figures: { status: string; count: number }[] | undefined) =>
  figures?.find((f) => f.status === 'IN_PROGRESS')?.count ?? 0;

describe('the dashboard figures', () => {
  it('are computed once for every read until the programme changes, then show the change at once on every replica', async () => {
    const p = await buildProgramme(a);
    const token = await p.as('working');
    const read = async (server: TestServer) => {
      const data = await ok(server.url, TopicFiguresDocument, { id: p.programId }, token);
      return inProgress(data.program?.dashboard.topicsByStatus);
    };
    const before = await read(a);
    // A second read of unchanged figures asks the database almost nothing (the session; the log's
    // head is asked on the tailer's own connection).
    const counter = queryCounter(a.app.services.ds);
    const start = counter.count;
    expect(await read(a)).toBe(before);
    const cachedStatements = counter.count - start;
    const fresh = queryCounter(b.app.services.ds);
    const freshStart = fresh.count;
    await read(b);
    const computedStatements = fresh.count - freshStart;
    expect(cachedStatements).toBeLessThan(computedStatements);
    expect(cachedStatements).toBeLessThanOrEqual(3);

    // A write through the other replica, then straight away a read here: the figures include it,
    // even though this replica's tailer hears of the write late (as under load).
    const tailer = a.app.services.tailer;
    const wake = tailer.wake.bind(tailer);
    tailer.wake = () => new Promise<void>((r) => setTimeout(r, 300)).then(wake);
    try {
      const topics = await ok(b.url, ProgramTopicsDocument, { id: p.programId }, token);
      for (let i = 0; i < 5; i++) {
        const expected = before + i + 1;
        const next = topics.program?.topics[i];
        if (!next) break;
        await ok(b.url, StartTopicWithNoteDocument, { id: next.id, n: `step ${i}` }, token);
        expect(await read(a)).toBe(expected);
      }
    } finally {
      tailer.wake = wake;
    }
  });
});
