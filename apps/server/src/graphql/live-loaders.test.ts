import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, ok, wsClient } from '#test/support/client.js';
import {
  FeedCursorDocument,
  FeedWithActorsDocument,
  ProgramTopicsDocument,
  StartTopicWithNoteDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';
import { queryCounter } from '../db/query-counter.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

/**
 * Opens `n` sockets following the programme's feed as the web app does (each entry with its actor
 * and facts), makes one write, and counts the SQL statements the process sends until every socket
 * has its entry.
 */
async function statementsForOneEvent(n: number, note: string) {
  const p = await buildProgramme(server);
  const token = await p.as('working');
  // Every socket follows from the same position, so none can miss the writes below.
  const cursor = (await ok(server.url, FeedCursorDocument, { id: p.programId }, token)).program?.eventCursor;
  const clients = Array.from({ length: n }, () => wsClient(server.url, token));
  const feeds = clients.map((c) => collect(c, FeedWithActorsDocument, { programId: p.programId, after: cursor }));
  try {
    // A first write, once every socket has it, leaves them all live and caught up.
    const topics = await ok(server.url, ProgramTopicsDocument, { id: p.programId }, token);
    const [first, second] = topics.program?.topics ?? [];
    if (!first || !second) throw new Error('the programme has fewer than two topics');
    await ok(server.url, StartTopicWithNoteDocument, { id: first.id, n: 'warm-up' }, token);
    await Promise.all(feeds.map((f) => f.until(1)));
    const counter = queryCounter(server.app.services.ds);
    const before = counter.count;
    await ok(server.url, StartTopicWithNoteDocument, { id: second.id, n: note }, token);
    await Promise.all(feeds.map((f) => f.until(2)));
    const statements = counter.count - before;
    const entries = feeds.map((f) => f.received[1]?.programEvents.activity);
    return { statements, entries };
  } finally {
    for (const f of feeds) f.dispose();
    await Promise.all(clients.map((c) => c.dispose()));
  }
}

describe('subscriptions read what an event needs once, however many are listening', () => {
  it('sends no more SQL statements for one event to 30 sockets than to one, and every socket gets the actor', async () => {
    const one = await statementsForOneEvent(1, 'one listener');
    const thirty = await statementsForOneEvent(30, 'thirty listeners');
    expect(thirty.entries).toHaveLength(30);
    for (const entry of thirty.entries) {
      expect(entry?.kind).toBe('topic.updated');
      expect(entry?.actor?.name).toBeTruthy();
    }
    // The write itself and the event's own facts, read once each: the count does not grow with
    // listeners (one statement per listener would be 29 more). A few may be the process's own
    // background work (the session watch, presence) landing in the window.
    expect(thirty.statements).toBeLessThan(one.statements + 10);
  });
});
