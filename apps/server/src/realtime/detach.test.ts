import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, ok, wsClient } from '#test/support/client.js';
import { DetachFeedDocument, DetachNoticesDocument, FeedCursorDocument } from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function until(what: string, check: () => boolean, timeoutMs = 5_000) {
  for (const end = Date.now() + timeoutMs; !check(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

type Follow = (client: Client, programId: string, after: string | null) => { dispose(): void };
const follows: [string, Follow][] = [
  ['the programme feed', (c, programId, after) => collect(c, DetachFeedDocument, { programId, after })],
  [
    'the coalesced programme feed',
    (c, programId, after) => collect(c, DetachFeedDocument, { programId, after, coalesceMs: 200 }),
  ],
  ['the notices', (c, _programId, after) => collect(c, DetachNoticesDocument, { after })],
];

describe('a subscription whose socket closes', () => {
  it.each(follows)('lets go of the event log at once (%s), without waiting for the next event', async (_, follow) => {
    const p = await buildProgramme(server);
    const token = await p.as('working');
    const cursor = (await ok(server.url, FeedCursorDocument, { id: p.programId }, token)).program?.eventCursor ?? null;
    const { app } = server;
    const before = app.following();
    const clients = Array.from({ length: 10 }, () => wsClient(server.url, token));
    const subscriptions = clients.map((c) => follow(c, p.programId, cursor));
    await until('all ten subscriptions are attached', () => app.following() >= before + 10);
    // Nothing is written from here on: only the closing sockets can detach them.
    for (const s of subscriptions) s.dispose();
    await Promise.all(clients.map((c) => c.dispose()));
    await until('they are detached', () => app.following() <= before);
    expect(app.following()).toBe(before);
  });
});
