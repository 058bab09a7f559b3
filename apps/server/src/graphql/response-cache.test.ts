import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present, queryText } from '#test/support/client.js';
import { buildDraft, buildExpert, buildReview } from '#test/support/factories.js';
import {
  CachedClockNowDocument,
  CachedConcludeMeetingDocument,
  CachedDashboardDocument,
  CachedDraftThreadsDocument,
  CachedFiguresWarmDocument,
  CachedGatesDocument,
  CachedInboxDocument,
  CachedLogMeetingDocument,
  CachedMissingProgrammeDocument,
  CachedStartReviewThreadDocument,
  CachedThreadAsViewerDocument,
  CachedTopicsDocument,
  SetMembershipsDocument,
  StartTopicWithNoteDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import type { TypedDocumentNode } from '#test/support/typed-document.js';
import { formatCursor } from '../realtime/cursor.js';

/**
 * Whole answers kept per (document, variables, visibility class, log position, day): served again
 * only to whoever would compute the same one (graphql/response-cache.ts).
 */

const TOKEN = 'response-cache-metrics-0123456789';
const MARKER = '评审封存内容R5';

let server: TestServer;
let replica: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false, config: { metricsToken: TOKEN } });
  // A second process on the same database: a write through it must show on the next read here.
  replica = await startTestServer({ demo: false, databaseUrl: server.databaseUrl });
});
afterAll(async () => {
  await replica?.stop();
  await server?.stop();
});

async function cacheCounts(): Promise<{ hits: number; misses: number }> {
  const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const text = await res.text();
  const value = (name: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${name} `));
    if (line === undefined) throw new Error(`/metrics has no ${name}`);
    return Number(line.slice(name.length + 1));
  };
  return { hits: value('gongbian_response_cache_hits_total'), misses: value('gongbian_response_cache_misses_total') };
}

/** One POST as the web app sends it, with what the client sees: status, headers and the body's text. */
async function ask<R, V>(document: TypedDocumentNode<R, V>, variables: V, token: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: queryText(document), variables }),
  });
  const text = await res.text();
  return { res, text, data: (JSON.parse(text) as { data: R }).data };
}

/** The same read twice in a row at one log position (again if a background chore wrote in between). */
async function askTwice<R, V>(document: TypedDocumentNode<R, V>, variables: V, token: string) {
  const position = () => formatCursor(server.app.services.tailer.position);
  for (let attempt = 1; ; attempt++) {
    const first = await ask(document, variables, token);
    const at = position();
    const before = await cacheCounts();
    const second = await ask(document, variables, token);
    const after = await cacheCounts();
    if (position() === at || attempt === 3)
      return { first, second, hits: after.hits - before.hits, misses: after.misses - before.misses };
  }
}

/** Whether a reader's answer carries the sealed review's words. */
const showsSealed = (answer: unknown) => JSON.stringify(answer).includes(MARKER);

describe('the response cache', () => {
  it('answers a repeated dashboard read from the cache, with the same bytes and headers, and counts the hit', async () => {
    const p = await buildProgramme(server);
    const working = await p.as('working');
    // The figures are computed once per position; the answers below then read no time of day.
    await ok(server.url, CachedFiguresWarmDocument, { id: p.programId }, working);
    const { first, second, hits, misses } = await askTwice(CachedDashboardDocument, { id: p.programId }, working);
    expect(hits).toBe(1);
    expect(misses).toBe(0);
    expect(second.text).toBe(first.text);
    expect(second.data.program?.name).toBeTruthy();
    for (const { res } of [first, second]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      // The server keeps it; browsers and proxies must not.
      expect(res.headers.get('cache-control')).toBe('private, no-store');
    }
  });

  it('sends a kept answer as Apollo sent it, headers and ETag alike, and counts it in the operation metrics', async () => {
    const p = await buildProgramme(server);
    const working = await p.as('working');
    await ok(server.url, CachedFiguresWarmDocument, { id: p.programId }, working);
    const timed = async () => {
      const text = await (
        await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
      ).text();
      const line = text
        .split('\n')
        .find((l) =>
          l.startsWith('gongbian_graphql_request_duration_seconds_count{operation="CachedDashboard",type="query"}'),
        );
      return Number(line?.split(' ')[1] ?? 0);
    };
    const before = await timed();
    const { first, second, hits } = await askTwice(CachedDashboardDocument, { id: p.programId }, working);
    expect(hits).toBe(1);
    expect(await timed()).toBeGreaterThanOrEqual(before + 2);
    const headers = (res: Response) => {
      const all = Object.fromEntries(res.headers);
      delete all.date;
      delete all['x-request-id'];
      return all;
    };
    expect(headers(second.res)).toEqual(headers(first.res));
    expect(second.res.headers.get('etag')).toBeTruthy();
  });

  it('shows a write on the very next read, whether made through this process or another on the same database', async () => {
    const p = await buildProgramme(server);
    const working = await p.as('working');
    const { second } = await askTwice(CachedTopicsDocument, { id: p.programId }, working);
    const topic = present(second.data.program?.topics[0], 'a research topic');

    await ok(server.url, StartTopicWithNoteDocument, { id: topic.id, n: '本处写入的进展' }, working);
    const afterLocal = await ask(CachedTopicsDocument, { id: p.programId }, working);
    expect(afterLocal.data.program?.topics.find((t) => t.id === topic.id)?.progressNote).toBe('本处写入的进展');

    // Through the other process: this one has not heard of it until the read catches up with the log.
    await ok(replica.url, StartTopicWithNoteDocument, { id: topic.id, n: '另一进程写入的进展' }, working);
    const afterReplica = await ask(CachedTopicsDocument, { id: p.programId }, working);
    expect(afterReplica.data.program?.topics.find((t) => t.id === topic.id)?.progressNote).toBe('另一进程写入的进展');
  });

  it('serves an answer that read the time of day only within a second of that time', async () => {
    const p = await buildProgramme(server);
    const working = await p.as('working');
    const { clock } = server.app.services;
    // An expert review meeting a minute from now, its conclusion recorded: a gate counts it as held once it has begun.
    const startsAt = new Date(clock.now().getTime() + 60_000).toISOString();
    const logged = await ok(
      server.url,
      CachedLogMeetingDocument,
      {
        input: {
          programId: p.programId,
          kind: 'EXPERT_REVIEW',
          title: '专家论证会',
          startsAt,
          hostUnitId: p.unitIds.guicai,
        },
      },
      working,
    );
    await ok(
      server.url,
      CachedConcludeMeetingDocument,
      { input: { meetingId: logged.logMeeting.meeting.id, verdict: 'PASSED', text: '原则通过。' } },
      working,
    );
    const held = async () => {
      const { data } = await ask(CachedGatesDocument, { id: p.programId }, working);
      const conditions = (data.program?.phases ?? []).flatMap((ph) => ph.gate.conditions);
      return present(
        conditions.find((c) => c.code === 'EXPERT_REVIEW_MEETING_HELD'),
        'the expert-review gate condition',
      ).met;
    };
    expect(await held()).toBe(false);
    const before = (await ask(CachedClockNowDocument, {}, working)).data.clock.now;

    clock.advanceWall(61_000);
    // No write came in between: the key is the same, the time is not.
    expect(await held()).toBe(true);
    const after = (await ask(CachedClockNowDocument, {}, working)).data.clock.now;
    expect(Date.parse(after) - Date.parse(before)).toBeGreaterThanOrEqual(61_000);
  });

  it('never hands one class’s answer to another: a sealed review the working group reads stays sealed to others', async () => {
    const { p, draftId } = await sealedReview();
    const working = await p.as('working');
    const { first, second, hits } = await askTwice(CachedDraftThreadsDocument, { id: draftId }, working);
    // The working group reads every seal alike: their answer is kept for the class and served again.
    expect(hits).toBe(1);
    expect(showsSealed(first.data)).toBe(true);
    expect(second.text).toBe(first.text);

    for (const who of ['leader', 'kexin', 'observer'] as const) {
      const { data } = await ask(CachedDraftThreadsDocument, { id: draftId }, await p.as(who));
      expect(data.draft?.id).toBe(draftId);
      expect(showsSealed(data), `${who} must not read the sealed review`).toBe(false);
    }
  });

  it('keeps a leader’s dashboard, its feed included, for the class: who they are matters only to a review’s expert', async () => {
    const { p } = await sealedReview();
    const leader = await p.as('leader');
    await ok(server.url, CachedFiguresWarmDocument, { id: p.programId }, leader);
    // The feed applies the seal rule; a leader is no review's expert, so it need not read who they are.
    const { first, second, hits, misses } = await askTwice(CachedDashboardDocument, { id: p.programId }, leader);
    expect(first.data.program?.dashboard.recentActivity.length).toBeGreaterThan(0);
    expect(showsSealed(first.data)).toBe(false);
    expect(hits).toBe(1);
    expect(misses).toBe(0);
    expect(second.text).toBe(first.text);
  });

  it('still shows a former expert their own sealed review after they leave the expert team', async () => {
    const p = await buildProgramme(server);
    const draft = await buildDraft(server, p);
    const working = await p.as('working');
    const kexin = { id: p.personIds.kexin, token: await p.as('kexin') };
    const expertTeam = [{ group: 'EXPERT_TEAM', title: '特邀专家', expertise: [] }];
    await ok(server.url, SetMembershipsDocument, { id: kexin.id, memberships: expertTeam } as never, working);
    await buildReview(server, p, draft, kexin);
    await ok(server.url, CachedStartReviewThreadDocument, { draftId: draft.id, body: MARKER }, kexin.token);
    await ok(server.url, SetMembershipsDocument, { id: kexin.id, memberships: [] }, working);

    // The review is still theirs, and sealed: they read it; their old unit's class does not.
    const own = await askTwice(CachedDraftThreadsDocument, { id: draft.id }, kexin.token);
    expect(showsSealed(own.first.data)).toBe(true);
    expect(own.hits).toBe(0);
    const other = await ask(CachedDraftThreadsDocument, { id: draft.id }, await p.as('guicai'));
    expect(showsSealed(other.data)).toBe(false);
  });

  it('never shares an answer that read who the viewer is between two people of the same class', async () => {
    const { p, threadId, expert, secondExpert } = await sealedReview();
    // Two experts: the same visibility class, but the review thread is one's own and sealed to the other.
    const own = await askTwice(CachedThreadAsViewerDocument, { id: threadId }, expert);
    expect(own.hits).toBe(0);
    expect(own.second.data.thread?.viewerCan.withdraw).toBe(true);
    expect(showsSealed(own.second.data)).toBe(true);

    const other = await gql(server.url, CachedThreadAsViewerDocument, { id: threadId }, secondExpert);
    expect(showsSealed(other)).toBe(false);
    expect(other.data?.thread ?? null).toBeNull();

    // One's own inbox: not even looked up.
    const before = await cacheCounts();
    const mine = await ok(server.url, CachedInboxDocument, {}, expert);
    const theirs = await ok(server.url, CachedInboxDocument, {}, secondExpert);
    expect(mine.me?.id).toBe(p.personIds.expert);
    expect(theirs.me?.id).not.toBe(mine.me?.id);
    expect(await cacheCounts()).toEqual(before);
  });

  it('keeps no answer with errors and no mutation', async () => {
    const p = await buildProgramme(server);
    const working = await p.as('working');
    const missing = { id: '00000000-0000-4000-8000-000000000000' };
    const refused = await askTwice(CachedMissingProgrammeDocument, missing, working);
    expect(refused.hits).toBe(0);
    expect(refused.second.text).toContain('NOT_FOUND');

    const topics = await ok(server.url, CachedTopicsDocument, { id: p.programId }, working);
    const topic = present(topics.program?.topics[0], 'a research topic');
    const before = await cacheCounts();
    await ok(server.url, StartTopicWithNoteDocument, { id: topic.id, n: '一' }, working);
    await ok(server.url, StartTopicWithNoteDocument, { id: topic.id, n: '一' }, working);
    expect(await cacheCounts()).toEqual(before);
  });
});

/** A consultation draft with a review thread carrying MARKER, by the demo's expert, not yet submitted (sealed). */
async function sealedReview(): Promise<{
  p: Programme;
  draftId: string;
  threadId: string;
  expert: string;
  secondExpert: string;
}> {
  const p = await buildProgramme(server);
  const draft = await buildDraft(server, p);
  const expert = await p.as('expert');
  await buildReview(server, p, draft, { id: p.personIds.expert, token: expert });
  const second = await buildExpert(server, p);
  await buildReview(server, p, draft, second);
  const started = await ok(server.url, CachedStartReviewThreadDocument, { draftId: draft.id, body: MARKER }, expert);
  return { p, draftId: draft.id, threadId: started.startThread.thread.id, expert, secondExpert: second.token };
}
