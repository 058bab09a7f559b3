import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok } from '#test/support/client.js';
import { anchorOn, planLedBy, publish } from '#test/support/drafts.js';
import {
  AssignReviewDocument,
  DisposeThreadDispositionDocument,
  DraftReviewBoardDocument,
  DraftThreadIdsDocument,
  RespondToReviewDocument,
  StartThreadDocument,
  SubmitReviewDocument,
  ThreadStatusCommentsDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// A refusal names its rule (extensions.reason) and the values its sentence needs
// (extensions.facts), so the web app can say it in the reader's language; the English message
// stays for logs and API users. And a refused write leaves everything as it was.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const threadCount = async (p: Programme, draftId: string) =>
  (await ok(server.url, DraftThreadIdsDocument, { id: draftId }, await p.as('working'))).draft?.threads.edges.length;

describe('a refused write', () => {
  it('after the comment window closed: COMMENT_WINDOW_CLOSED with the deadline, and no opinion is recorded', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('working'), await planLedBy(server, p, '规财处'), {
      deadline: '2020-11-30T16:00:00Z',
    });
    server.app.services.clock.set('2020-12-02');
    try {
      const r = await gql(
        server.url,
        StartThreadDocument,
        { draftId: draft.id, anchor: anchorOn(draft, '台风、暴雨'), body: '迟到的意见' },
        await p.as('kexin'),
      );
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'COMMENT_WINDOW_CLOSED',
        facts: { deadline: '2020-11-30T16:00:00.000Z' },
      });
      expect(r.errors?.[0]?.message).toBe('Commenting on this draft closed on 2020-11-30T16:00:00.000Z.');
      expect(await threadCount(p, draft.id)).toBe(0);
    } finally {
      server.app.services.clock.set('2020-11-16');
    }
  });

  it('by a role that may not comment at this stage: COMMENT_ROLE with the stage', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('working'), await planLedBy(server, p, '规财处'));
    const r = await gql(
      server.url,
      StartThreadDocument,
      { draftId: draft.id, anchor: null, body: '旁听者的意见' },
      await p.as('observer'),
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'COMMENT_ROLE',
      facts: { stage: 'CONSULTATION' },
    });
    expect(await threadCount(p, draft.id)).toBe(0);
  });

  it('an expert submitting a review twice: ALREADY_SUBMITTED, and the first review stands', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('guicai'), await planLedBy(server, p, '规财处'));
    const [working, expert] = [await p.as('working'), await p.as('expert')];
    const a = await ok(
      server.url,
      AssignReviewDocument,
      { d: draft.id, e: p.personIds.expert, due: '2020-11-30' },
      working,
    );
    const id = a.assignReview.assignment.id;
    await ok(server.url, RespondToReviewDocument, { id, a: true }, expert);
    await ok(server.url, SubmitReviewDocument, { id, f: 4, s: 4, o: 4, sum: '总体可行。' }, expert);
    const again = await gql(server.url, SubmitReviewDocument, { id, f: 1, s: 1, o: 1, sum: '改主意了' }, expert);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SUBMITTED', facts: {} });
    const board = await ok(server.url, DraftReviewBoardDocument, { id: draft.id }, working);
    expect(board.draft?.reviewBoard.assignments.map((x) => x.review?.foresight)).toEqual([4]);
  });

  it('deciding an opinion already decided: ALREADY_DECIDED with its status, and the first decision stands', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('guicai'), await planLedBy(server, p, '规财处'));
    const started = await ok(
      server.url,
      StartThreadDocument,
      { draftId: draft.id, anchor: anchorOn(draft, '台风、暴雨'), body: '建议补充。' },
      await p.as('kexin'),
    );
    const threadId = started.startThread.thread.id;
    const guicai = await p.as('guicai');
    await ok(server.url, DisposeThreadDispositionDocument, { id: threadId, s: 'ADOPTED', r: '' }, guicai);
    const r = await gql(
      server.url,
      DisposeThreadDispositionDocument,
      { id: threadId, s: 'NOT_ADOPTED', r: '不符合实际' },
      guicai,
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_DECIDED',
      facts: { threadStatus: 'ADOPTED' },
      current: { status: 'ADOPTED' },
    });
    const thread = await ok(server.url, ThreadStatusCommentsDocument, { id: threadId }, guicai);
    expect(thread.thread?.status).toBe('ADOPTED');
  });

  it('without signing in: SIGN_IN_REQUIRED', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('guicai'), await planLedBy(server, p, '规财处'));
    const r = await gql(server.url, StartThreadDocument, { draftId: draft.id, anchor: null, body: '匿名' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED', facts: {} });
    expect(await threadCount(p, draft.id)).toBe(0);
  });
});
