import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, present } from '#test/support/client.js';
import { planLedBy } from '#test/support/drafts.js';
import { buildDraft, buildExpert, buildMeeting, buildThread } from '#test/support/factories.js';
import {
  AssignReviewInputDocument,
  RequestApprovalDocument,
  TodoAddActionItemDocument,
  TodoCoUnitsDocument,
  TodoDisposeDocument,
  TodoListsDocument,
  TodoNoticesDocument,
  TodoPlanVersionDocument,
} from '#test/support/generated/graphql.js';
import { buildExpertMeeting } from '#test/support/lifecycle.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { sendOverdueReminders } from '../notification/index.js';

// Issue 13: assigned work finds its people. A new opinion tells the unit that must answer it (and
// the plan's co-operating units), saying which plan, version and passage; each person's to-do
// list holds what waits for them.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const todo = async (p: Programme, account: string) =>
  (await ok(server.url, TodoListsDocument, {}, await p.as(account))).todo;
const opinionNotices = async (p: Programme, account: string) =>
  (await ok(server.url, TodoNoticesDocument, {}, await p.as(account))).notifications.filter(
    (n) => n.kind === 'opinion',
  );

/** The master plan (规财处 leads it), with 应急救援处 co-operating; its title. */
async function masterPlanWithCoUnit(p: Programme): Promise<string> {
  const planId = await planLedBy(server, p, '规财处');
  const node = (await ok(server.url, TodoPlanVersionDocument, { id: planId }, await p.as('working'))).node;
  const plan = present(node && 'version' in node ? node : null, 'the plan');
  await ok(
    server.url,
    TodoCoUnitsDocument,
    { planId, units: [p.unitIds.jiuyuan], v: plan.version },
    await p.as('working'),
  );
  return plan.title;
}

describe('a new opinion', () => {
  it('tells the lead unit’s and the co-operating units’ members which plan, version and passage, and not its author', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const title = await masterPlanWithCoUnit(p);
    const draft = await buildDraft(server, p);
    const thread = await buildThread(server, p, draft, { quote: '县级储备库', body: '建议明确储备库建设标准。' });

    for (const member of ['guicai', 'jiuyuan']) {
      const [notice, ...more] = await opinionNotices(p, member);
      expect(more).toEqual([]);
      expect(notice?.link).toEqual({
        to: 'THREAD',
        id: thread.id,
        draftId: draft.id,
        plan: title,
        version: 1,
        quote: '县级储备库',
      });
      expect(Object.fromEntries(present(notice, 'the notice').facts.map((f) => [f.name, f.value]))).toMatchObject({
        actor: '许文涛',
        plan: title,
        version: '1',
        quote: '县级储备库',
        excerpt: '建议明确储备库建设标准。',
      });
    }
    expect(await opinionNotices(p, 'kexin')).toEqual([]);
  });
});

describe('the to-do list', () => {
  it('holds, for the lead unit, the open opinions it must answer, newest first, until answered', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const draft = await buildDraft(server, p);
    const first = await buildThread(server, p, draft, { quote: '县级储备库', body: '建议明确储备库建设标准。' });
    const second = await buildThread(server, p, draft, { body: '建议通篇压缩篇幅。' });

    const answer = (await todo(p, 'guicai')).answer;
    expect(answer.map((o) => o.threadId)).toEqual([second.id, first.id]);
    expect(answer[1]).toMatchObject({
      draftId: draft.id,
      version: 1,
      quote: '县级储备库',
      excerpt: '建议明确储备库建设标准。',
      author: '许文涛',
    });
    // Not the author's unit's to answer.
    expect((await todo(p, 'kexin')).answer).toEqual([]);

    await ok(server.url, TodoDisposeDocument, { id: second.id }, await p.as('guicai'));
    expect((await todo(p, 'guicai')).answer.map((o) => o.threadId)).toEqual([first.id]);
  });

  it('holds an expert’s reviews not yet submitted, with their due dates', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const draft = await buildDraft(server, p);
    const expert = await buildExpert(server, p);
    const assigned = await ok(
      server.url,
      AssignReviewInputDocument,
      { input: { draftId: draft.id, expertId: expert.id, dueOn: '2020-11-30' } },
      await p.as('working'),
    );
    const list = (await ok(server.url, TodoListsDocument, {}, expert.token)).todo;
    expect(list.review).toEqual([
      expect.objectContaining({
        assignmentId: assigned.assignReview.assignment.id,
        draftId: draft.id,
        version: 1,
        status: 'INVITED',
        dueOn: '2020-11-30',
      }),
    ]);
    expect((await todo(p, 'guicai')).review).toEqual([]);
    // The 评审邀请 notice opens the review and names the plan and version.
    const notices = (await ok(server.url, TodoNoticesDocument, {}, expert.token)).notifications;
    expect(notices.find((n) => n.kind === 'review.assigned')?.link).toMatchObject({
      to: 'REVIEW',
      id: assigned.assignReview.assignment.id,
      draftId: draft.id,
      version: 1,
    });
  });

  it('holds the action items a unit owns, and the approvals the reader may decide now', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const meeting = await buildMeeting(server, p, { title: '规划编制推进会' });
    await ok(
      server.url,
      TodoAddActionItemDocument,
      { input: { meetingId: meeting.id, ownerUnitId: p.unitIds.guicai, title: '修改第二章', dueOn: '2020-12-01' } },
      await p.as('working'),
    );
    expect((await todo(p, 'guicai')).actionItems).toEqual([
      expect.objectContaining({
        meetingId: meeting.id,
        meeting: '规划编制推进会',
        title: '修改第二章',
        dueOn: '2020-12-01',
      }),
    ]);
    expect((await todo(p, 'kexin')).actionItems).toEqual([]);
    // Once overdue, its 督查 reminder opens the meeting.
    server.app.services.clock.set('2020-12-02');
    try {
      await sendOverdueReminders(server.app.services.ds.manager, server.app.services.clock);
    } finally {
      server.app.services.clock.set('2020-11-16');
    }
    const reminders = (await ok(server.url, TodoNoticesDocument, {}, await p.as('guicai'))).notifications;
    expect(reminders.find((n) => n.kind === 'overdue')?.link).toMatchObject({ to: 'MEETING', id: meeting.id });

    const planId = await planLedBy(server, p, '规财处');
    const review = await buildDraft(server, p, { stage: 'REVIEW' });
    await buildExpertMeeting(server, p, planId);
    await ok(
      server.url,
      RequestApprovalDocument,
      { draftId: review.id, step: 'EXPERT_ARGUMENT' },
      await p.as('working'),
    );
    // 专家论证 is the working group's to record; the leading group decides only its own review.
    expect((await todo(p, 'working')).approvals).toEqual([
      expect.objectContaining({ step: 'EXPERT_ARGUMENT', version: review.version }),
    ]);
    expect((await todo(p, 'leader')).approvals).toEqual([]);
  });
});
