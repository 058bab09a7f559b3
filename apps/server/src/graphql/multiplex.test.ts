import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Collected, collect, ok, present, wsClient } from '#test/support/client.js';
import { buildDraft, buildThread } from '#test/support/factories.js';
import {
  InviteColleagueDocument,
  MultiplexCursorDocument,
  MultiplexFeedDocument,
  MultiplexRepliesDocument,
  ReplyDocument,
  SignUpExpertDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

const TOKEN = 'multiplex-metrics-token-0123456789';
let server: TestServer;
let p: Programme;
/** A second member of 科信处, kexin's unit: the same visibility class, another person. */
let colleague: string;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestServer({ demo: false, config: { metricsToken: TOKEN } });
  p = await buildProgramme(server);
  const invited = await ok(
    server.url,
    InviteColleagueDocument,
    { p: p.programId, e: `colleague@${p.emailDomain}`, unit: p.unitIds.kexin },
    await p.as('working'),
  );
  const t = present(invited.invitePerson.invitation.link.split('/invite/')[1], 'an invitation token');
  colleague = (await ok(server.url, SignUpExpertDocument, { t, name: '林知远' })).acceptInvitation.token;
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server.stop();
});

/** The fan-out counters the server reports on /metrics. */
async function fanout(): Promise<{ executions: number; frames: number }> {
  const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  const read = (name: string) => Number(present(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1], name));
  return {
    executions: read('gongbian_subscription_executions_total'),
    frames: read('gongbian_subscription_frames_total'),
  };
}

function socketOf(token: string): Client {
  const c = wsClient(server.url, token);
  clients.push(c);
  return c;
}

/** Subscribes, and resolves once the server has the subscription filed (an event written now reaches it). */
async function subscribed<T>(subscribe: () => Collected<T>[], count: number): Promise<Collected<T>[]> {
  // What the test wrote before is behind the log's head first, so only the next write reaches them.
  await server.app.services.tailer.catchUp();
  const before = server.app.following();
  const subs = subscribe();
  for (const end = Date.now() + 10_000; server.app.following() < before + count; ) {
    if (Date.now() > end) throw new Error('the subscriptions were not filed');
    await new Promise((r) => setTimeout(r, 10));
  }
  return subs;
}

/** Ends the subscriptions, and resolves once the server has let them go. */
async function unsubscribed(subs: Collected<unknown>[]): Promise<void> {
  const before = server.app.following();
  for (const s of subs) s.dispose();
  for (const end = Date.now() + 10_000; server.app.following() > before - subs.length; ) {
    if (Date.now() > end) throw new Error('the subscriptions were not let go');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('subscriptions multiplexed', () => {
  it('executes the feed once per event for each visibility class, and sends every subscriber the same', async () => {
    const draft = await buildDraft(server, p);
    const thread = await buildThread(server, p, draft);
    const cursor = (await ok(server.url, MultiplexCursorDocument, { id: p.programId }, await p.as('kexin'))).program
      ?.eventCursor;
    const kexin = await p.as('kexin');
    const guicai = await p.as('guicai');
    // kexin and a colleague of the same unit: one class; guicai (another unit): another. Each
    // resumes from where it stands (`after` differs), which is its own, not the group's.
    const people = [...Array(8).fill(kexin), ...Array(8).fill(colleague), ...Array(4).fill(guicai)];
    const feeds = await subscribed(
      () =>
        people.map((token, i) =>
          collect(socketOf(token), MultiplexFeedDocument, {
            programId: p.programId,
            after: i % 2 ? (cursor ?? null) : null,
          }),
        ),
      people.length,
    );
    const before = await fanout();
    await ok(server.url, ReplyDocument, { id: thread.id, b: '已研究，将在第三章补充。' }, await p.as('guicai'));
    const firsts = await Promise.all(feeds.map(async (f) => (await f.until(1))[0]));
    const after = await fanout();

    expect(after.executions - before.executions).toBe(2);
    expect(after.frames - before.frames).toBe(people.length);
    for (const first of firsts) expect(first).toEqual(firsts[0]);
    expect(firsts[0]).toMatchObject({ programEvents: { activity: { kind: 'thread.replied' } } });
    await unsubscribed(feeds);
  });

  it('computes again per person what depends on who is looking', async () => {
    const draft = await buildDraft(server, p);
    const thread = await buildThread(server, p, draft);
    const kexin = await p.as('kexin');
    const [mine, theirs] = await subscribed(
      () =>
        [kexin, colleague].map((token) => collect(socketOf(token), MultiplexRepliesDocument, { draftId: draft.id })),
      2,
    );
    const before = await fanout();
    await ok(server.url, ReplyDocument, { id: thread.id, b: '补充：见附件二。' }, kexin);
    const [own] = await present(mine, 'kexin’s subscription').until(1);
    const [other] = await present(theirs, 'the colleague’s subscription').until(1);
    const after = await fanout();

    // Only the author may edit a reply: the same event, two answers, one execution each.
    expect(own).toMatchObject({ threadEvents: { kind: 'REPLIED', comment: { viewerCan: { edit: true } } } });
    expect(other).toMatchObject({ threadEvents: { kind: 'REPLIED', comment: { viewerCan: { edit: false } } } });
    expect(after.executions - before.executions).toBe(2);
  });
});
