import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present } from '#test/support/client.js';
import { anchorOn, planLedBy, publish, type TestDraft } from '#test/support/drafts.js';
import { buildDraft, buildExpert, buildReview } from '#test/support/factories.js';
import {
  AdoptDocument,
  AssignReviewDocument,
  DraftReviewBoardDocument,
  DraftStatsDocument,
  DraftThreadIdsDocument,
  MyReviewAssignmentsIdDocument,
  MyReviewAssignmentsStatusDocument,
  NotificationsKindDocument,
  NotificationsKindSubjectIdDocument,
  ReplyAndReadThreadDocument,
  RespondToReviewDocument,
  StartReviewThreadDocument,
  SubmitReviewDocument,
  ThreadIdDocument,
  ThreadStatusCommentsDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import type { TypedDocumentNode } from '#test/support/typed-document.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

interface Setup {
  p: Programme;
  draft: TestDraft;
  experts: { id: string; token: string }[];
}

/** A consultation draft and two experts (the demo one and one invited here), both assigned and accepted. */
async function setup(due = '2020-11-30'): Promise<Setup> {
  const p = await buildProgramme(server);
  const draft = await buildDraft(server, p, { by: 'guicai' });
  const experts = [{ id: p.personIds.expert, token: await p.as('expert') }, await buildExpert(server, p)];
  for (const e of experts) await buildReview(server, p, draft, e, { due });
  return { p, draft, experts };
}

async function myAssignment(token: string): Promise<string> {
  return present(
    (await ok(server.url, MyReviewAssignmentsIdDocument, {}, token)).myReviewAssignments[0],
    'an assignment',
  ).id;
}

describe('assigning reviews', () => {
  it('invites an expert, who accepts or declines with a reason', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('guicai'), await planLedBy(server, p, '规财处'));
    const a = await ok(
      server.url,
      AssignReviewDocument,
      { d: draft.id, e: p.personIds.expert, due: '2020-12-10' },
      await p.as('working'),
    );
    expect(a.assignReview.assignment).toMatchObject({ status: 'INVITED', dueOn: '2020-12-10' });
    const id = a.assignReview.assignment.id;
    const expert = await p.as('expert');
    const inbox = await ok(server.url, NotificationsKindSubjectIdDocument, {}, expert);
    expect(inbox.notifications).toEqual([{ kind: 'review.assigned', subjectId: id }]);
    const noReason = await gql(server.url, RespondToReviewDocument, { id, a: false, r: ' ' }, expert);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const declined = await ok(
      server.url,
      RespondToReviewDocument,
      { id, a: false, r: '近期出差，无法按期完成' },
      expert,
    );
    expect(declined.respondToReview.assignment).toMatchObject({
      status: 'DECLINED',
      declineReason: '近期出差，无法按期完成',
    });
    const twice = await gql(server.url, RespondToReviewDocument, { id, a: true }, expert);
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a non-expert, a second assignment, a past due date, and anyone but the working group', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('guicai'), await planLedBy(server, p, '规财处'));
    const working = await p.as('working');
    const notExpert = await gql(
      server.url,
      AssignReviewDocument,
      { d: draft.id, e: p.personIds.kexin, due: '2020-12-10' },
      working,
    );
    expect(notExpert.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const past = await gql(
      server.url,
      AssignReviewDocument,
      { d: draft.id, e: p.personIds.expert, due: '2020-11-01' },
      working,
    );
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueOn' });
    const byLeader = await gql(
      server.url,
      AssignReviewDocument,
      { d: draft.id, e: p.personIds.expert, due: '2020-12-10' },
      await p.as('leader'),
    );
    expect(byLeader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ok(server.url, AssignReviewDocument, { d: draft.id, e: p.personIds.expert, due: '2020-12-10' }, working);
    const again = await gql(
      server.url,
      AssignReviewDocument,
      { d: draft.id, e: p.personIds.expert, due: '2020-12-10' },
      working,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('submitting a review', () => {
  it('records verdict, scores, summary and the review’s passage comments; once', async () => {
    const { draft, experts } = await setup();
    const [e] = experts as [{ id: string; token: string }];
    const id = await myAssignment(e.token);
    await ok(
      server.url,
      StartReviewThreadDocument,
      { d: draft.id, a: anchorOn(draft, '省级应急物资储备库12个'), b: '储备布局需结合风险评估。' },
      e.token,
    );
    const r = await ok(
      server.url,
      SubmitReviewDocument,
      { id, f: 4, s: 5, o: 3, sum: '总体可行，建议细化措施。' },
      e.token,
    );
    expect(r.submitReview.assignment).toMatchObject({
      status: 'SUBMITTED',
      review: {
        verdict: 'APPROVE_WITH_REVISIONS',
        foresight: 4,
        scientific: 5,
        operability: 3,
        summary: '总体可行，建议细化措施。',
      },
    });
    expect(r.submitReview.assignment.review?.threads).toHaveLength(1);
    const again = await gql(server.url, SubmitReviewDocument, { id, f: 4, s: 5, o: 3, sum: '再交一次' }, e.token);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it.each([
    [{ f: 0, s: 3, o: 3, sum: '意见' }, 'input.foresight'],
    [{ f: 3, s: 6, o: 3, sum: '意见' }, 'input.scientific'],
    [{ f: 3, s: 3, o: -1, sum: '意见' }, 'input.operability'],
    [{ f: 3, s: 3, o: 3, sum: '   ' }, 'input.summary'],
  ])('refuses %o, naming %s, and changes nothing', async (values, field) => {
    const { experts } = await setup();
    const [e] = experts as [{ id: string; token: string }];
    const id = await myAssignment(e.token);
    const r = await gql(server.url, SubmitReviewDocument, { id, ...values }, e.token);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toContain(field);
    const mine = await ok(server.url, MyReviewAssignmentsStatusDocument, {}, e.token);
    expect(mine.myReviewAssignments[0]?.status).toBe('ACCEPTED');
  });

  it('refuses a review of a draft that has left review', async () => {
    const { p, experts } = await setup();
    const [e] = experts as [{ id: string; token: string }];
    const id = await myAssignment(e.token);
    await publish(server, await p.as('guicai'), await planLedBy(server, p, '规财处'), { stage: 'REVIEW' });
    const r = await gql(server.url, SubmitReviewDocument, { id, f: 4, s: 4, o: 4, sum: '迟交的评审' }, e.token);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.message).toContain('left review');
  });

  it('refuses review comments from an expert without an accepted review of the draft', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('guicai'), await planLedBy(server, p, '规财处'));
    const r = await gql(
      server.url,
      StartReviewThreadDocument,
      { d: draft.id, a: null, b: '未受邀的评审意见' },
      await p.as('expert'),
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('sealed reviews', () => {
  // viewer × state: may they see expert 1's review comment? Y/- for: expert 1, expert 2, working, guicai (lead unit), leader.
  const TABLE: [string, string][] = [
    ['before expert 1 submits', 'Y-Y--'],
    ['after expert 1 submits', 'YYYYY'],
    ['after the due date, unsubmitted', 'YYYYY'],
  ];
  it.each(TABLE)('%s: %s', async (state, expected) => {
    const { p, draft, experts } = await setup('2020-11-30');
    const [e1, e2] = experts as [{ id: string; token: string }, { id: string; token: string }];
    const t = await ok(
      server.url,
      StartReviewThreadDocument,
      { d: draft.id, a: anchorOn(draft, '台风、暴雨'), b: '风险研判部分偏弱。' },
      e1.token,
    );
    const threadId = t.startThread.thread.id;
    // Expert 2's own sealed comment is never visible to expert 1 while sealed, whatever expert 1 does.
    await ok(server.url, StartReviewThreadDocument, { d: draft.id, a: null, b: '专家二的保密意见' }, e2.token);
    if (state === 'after expert 1 submits') {
      await ok(
        server.url,
        SubmitReviewDocument,
        { id: await myAssignment(e1.token), f: 4, s: 4, o: 4, sum: '同意' },
        e1.token,
      );
    }
    if (state === 'after the due date, unsubmitted') server.app.services.clock.set('2020-12-01');
    try {
      const viewers = [e1.token, e2.token, await p.as('working'), await p.as('guicai'), await p.as('leader')];
      const seen: string[] = [];
      for (const token of viewers) {
        const one = await gql(server.url, ThreadIdDocument, { id: threadId }, token);
        const list = await ok(server.url, DraftThreadIdsDocument, { id: draft.id }, token);
        const inList = present(list.draft, 'the draft').threads.edges.some((e) => e.node.id === threadId);
        expect(inList).toBe(!one.errors);
        seen.push(inList ? 'Y' : '-');
      }
      expect(seen.join('')).toBe(expected);
      const e1sees = await ok(server.url, DraftStatsDocument, { id: draft.id }, e1.token);
      expect(e1sees.draft?.stats.total).toBe(state === 'after the due date, unsubmitted' ? 2 : 1);
    } finally {
      server.app.services.clock.set('2020-11-16');
    }
  });
});

describe('writing to a sealed thread', () => {
  it('refuses a reply or a decision from those who may not see it, exactly as if it did not exist, and writes nothing', async () => {
    const { p, draft, experts } = await setup();
    const [e1] = experts as [{ id: string; token: string }];
    const t = await ok(server.url, StartReviewThreadDocument, { d: draft.id, a: null, b: '保密的评审意见' }, e1.token);
    const threadId = t.startThread.thread.id;
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const account of ['guicai', 'leader']) {
      const token = await p.as(account);
      const writes: TypedDocumentNode<unknown, { id: string }>[] = [ReplyAndReadThreadDocument, AdoptDocument];
      for (const op of writes) {
        const sealed = await gql(server.url, op, { id: threadId }, token);
        const none = await gql(server.url, op, { id: missing }, token);
        expect(sealed.data).toBeNull();
        expect(sealed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(sealed.errors?.[0]?.message.replace(threadId, '<id>')).toBe(
          none.errors?.[0]?.message.replace(missing, '<id>'),
        );
      }
    }
    const seen = await ok(server.url, ThreadStatusCommentsDocument, { id: threadId }, await p.as('working'));
    expect(seen.thread).toEqual({ status: 'OPEN', comments: [{ body: '保密的评审意见' }] });
  });
});

describe('the review board', () => {
  it('shows each expert’s status and scores, the averages and the overdue, to the working group and leaders only', async () => {
    const { p, draft, experts } = await setup('2020-11-20');
    const [e1] = experts as [{ id: string; token: string }];
    await ok(
      server.url,
      SubmitReviewDocument,
      { id: await myAssignment(e1.token), f: 4, s: 3, o: 5, sum: '同意' },
      e1.token,
    );
    server.app.services.clock.set('2020-11-25');
    try {
      const r = await ok(server.url, DraftReviewBoardDocument, { id: draft.id }, await p.as('leader'));
      const board = present(r.draft, 'the draft').reviewBoard;
      expect(board.averages).toEqual({ foresight: 4, scientific: 3, operability: 5, submitted: 1 });
      expect(board.assignments.map((a) => a.status).sort()).toEqual(['ACCEPTED', 'SUBMITTED']);
      expect(board.overdue.map((a) => a.expert.name)).toEqual(['周启明']);
      const refused = await gql(server.url, DraftReviewBoardDocument, { id: draft.id }, await p.as('kexin'));
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      // Overdue reviews are announced once, to the expert and the working group.
      await server.app.runChores();
      await server.app.runChores();
      const expert2 = (experts[1] as { token: string }).token;
      const notes = await ok(server.url, NotificationsKindDocument, {}, expert2);
      expect(notes.notifications.filter((n) => n.kind === 'review.overdue')).toHaveLength(1);
      const group = await ok(server.url, NotificationsKindDocument, {}, await p.as('working'));
      expect(group.notifications.filter((n) => n.kind === 'review.overdue')).toHaveLength(1);
    } finally {
      server.app.services.clock.set('2020-11-16');
    }
  });
});
