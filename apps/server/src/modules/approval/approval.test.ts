import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present } from '#test/support/client.js';
import { planLedBy, publish } from '#test/support/drafts.js';
import {
  ApprovalByIdDocument,
  DecideApprovalDocument,
  DraftThreadsForApprovalDocument,
  PlanLifecycleDocument,
  RecentActivityFactsDocument,
  RequestApprovalDocument,
} from '#test/support/generated/graphql.js';
import { buildExpertMeeting } from '#test/support/lifecycle.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function lifecycle(p: Programme, planId: string, account = 'working') {
  const node = (await ok(server.url, PlanLifecycleDocument, { id: planId }, await p.as(account))).node;
  if (!node || !('approvals' in node)) throw new Error('no plan');
  return node;
}

/** The master plan (规财处) with a 送审稿 published by its lead unit. */
async function masterInReview(p: Programme) {
  const planId = await planLedBy(server, p, '规财处');
  const draft = await publish(server, await p.as('guicai'), planId, { stage: 'REVIEW' });
  return { planId, draft };
}

async function request(
  p: Programme,
  draftId: string,
  step: 'EXPERT_ARGUMENT' | 'LEADING_GROUP_REVIEW' | 'GOVERNMENT_APPROVAL',
) {
  return (await ok(server.url, RequestApprovalDocument, { draftId, step }, await p.as('working'))).requestApproval
    .approval;
}

async function decide(
  p: Programme,
  account: string,
  a: { id: string; version: number },
  decision: 'APPROVED' | 'RETURNED',
  options: { opinion?: string; meetingId?: string | null } = {},
) {
  return gql(
    server.url,
    DecideApprovalDocument,
    {
      id: a.id,
      decision,
      opinion: options.opinion ?? '同意。',
      meetingId: options.meetingId ?? null,
      expectedVersion: a.version,
    },
    await p.as(account),
  );
}

describe('approving a plan', () => {
  it('takes the master plan through 专家论证, 领导小组审议 and 省政府审批 to APPROVED, in that order', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const { planId, draft } = await masterInReview(p);
    const meetingId = await buildExpertMeeting(server, p, planId);

    let plan = await lifecycle(p, planId);
    expect(plan.viewerCan).toMatchObject({ requestApproval: true, decideApproval: false, issue: false });
    expect(plan.publishableStages).toEqual(['REVIEW']);

    const expert = await request(p, draft.id, 'EXPERT_ARGUMENT');
    expect(expert).toMatchObject({ step: 'EXPERT_ARGUMENT', decision: 'PENDING', version: 1 });
    plan = await lifecycle(p, planId);
    // Approval has begun: the text is what is being approved, so no new version meanwhile.
    expect(plan.publishableStages).toEqual([]);
    expect(plan.viewerCan).toMatchObject({ publishDraft: false, requestApproval: false, decideApproval: true });
    expect((await lifecycle(p, planId, 'leader')).viewerCan.decideApproval).toBe(false);

    const decided = await decide(p, 'working', expert, 'APPROVED', { opinion: '论证通过。', meetingId });
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideApproval.approval).toMatchObject({
      decision: 'APPROVED',
      opinion: '论证通过。',
      version: 2,
      meeting: { id: meetingId },
    });
    expect(decided.data?.decideApproval.plan.stage).toBe('REVIEW');

    const leading = await request(p, draft.id, 'LEADING_GROUP_REVIEW');
    expect((await lifecycle(p, planId, 'leader')).viewerCan.decideApproval).toBe(true);
    expect((await decide(p, 'leader', leading, 'APPROVED')).errors).toBeUndefined();
    expect((await lifecycle(p, planId)).stage).toBe('REVIEW');

    const government = await request(p, draft.id, 'GOVERNMENT_APPROVAL');
    const last = await decide(p, 'working', government, 'APPROVED', { opinion: '省政府同意印发。' });
    expect(last.data?.decideApproval.plan.stage).toBe('APPROVED');

    plan = await lifecycle(p, planId);
    expect(plan.approvals.map((a) => [a.step, a.decision])).toEqual([
      ['EXPERT_ARGUMENT', 'APPROVED'],
      ['LEADING_GROUP_REVIEW', 'APPROVED'],
      ['GOVERNMENT_APPROVAL', 'APPROVED'],
    ]);
    // The 送审稿 is the 审定稿 now: closed to comments, nothing more to publish, ready to issue.
    expect(plan.drafts.at(-1)).toMatchObject({ id: draft.id, stage: 'APPROVED' });
    expect(plan.publishableStages).toEqual([]);
    expect(plan.viewerCan).toMatchObject({ publishDraft: false, requestApproval: false, issue: true, edit: true });
    expect((await lifecycle(p, planId, 'guicai')).viewerCan).toMatchObject({ issue: false, edit: false });
    const threads = await ok(server.url, DraftThreadsForApprovalDocument, { id: draft.id }, await p.as('working'));
    expect(threads.draft?.commentsOpen).toBe(false);
  });

  it('needs no government approval for a special plan: 专家论证 and the leading group’s review approve it', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const planId = await planLedBy(server, p, '科信处');
    const draft = await publish(server, await p.as('kexin'), planId, { stage: 'REVIEW' });
    const meetingId = await buildExpertMeeting(server, p, planId);
    await decide(p, 'working', await request(p, draft.id, 'EXPERT_ARGUMENT'), 'APPROVED', { meetingId });
    const r = await decide(p, 'leader', await request(p, draft.id, 'LEADING_GROUP_REVIEW'), 'APPROVED');
    expect(r.data?.decideApproval.plan.stage).toBe('APPROVED');
  });

  it('returns a plan to drafting: the opinion becomes a thread for the lead unit, and a new 送审稿 starts approval again', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const { planId, draft } = await masterInReview(p);
    const meetingId = await buildExpertMeeting(server, p, planId);
    await decide(p, 'working', await request(p, draft.id, 'EXPERT_ARGUMENT'), 'APPROVED', { meetingId });
    const leading = await request(p, draft.id, 'LEADING_GROUP_REVIEW');
    const returned = await decide(p, 'leader', leading, 'RETURNED', {
      opinion: '  主要指标偏保守，请进一步论证后再报。 ',
    });
    expect(returned.errors).toBeUndefined();
    expect(returned.data?.decideApproval).toMatchObject({
      approval: { decision: 'RETURNED', opinion: '主要指标偏保守，请进一步论证后再报。', version: 2 },
      plan: { stage: 'REVIEW' },
    });

    const threads = await ok(server.url, DraftThreadsForApprovalDocument, { id: draft.id }, await p.as('guicai'));
    const opinion = present(threads.draft, 'draft').threads.edges.map((e) => e.node);
    expect(opinion).toEqual([
      {
        id: expect.any(String),
        status: 'OPEN',
        anchor: null,
        assignedUnit: { shortName: '规财处' },
        comments: [{ body: '【领导小组审议退回意见】主要指标偏保守，请进一步论证后再报。' }],
      },
    ]);

    let plan = await lifecycle(p, planId, 'guicai');
    expect(plan.publishableStages).toEqual(['REVIEW']);
    expect(plan.viewerCan.publishDraft).toBe(true);
    // The returned 送审稿 is not sent again: the lead unit revises it first.
    const again = await gql(
      server.url,
      RequestApprovalDocument,
      { draftId: draft.id, step: 'EXPERT_ARGUMENT' },
      await p.as('working'),
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'APPROVAL_DRAFT_RETURNED' });

    const revised = await publish(server, await p.as('guicai'), planId, { stage: 'REVIEW' });
    expect(revised.carried).toBe(1);
    const restarted = await request(p, revised.id, 'EXPERT_ARGUMENT');
    expect(restarted.decision).toBe('PENDING');
    plan = await lifecycle(p, planId);
    expect(plan.approvals.map((a) => [a.step, a.decision, a.draft.version])).toEqual([
      ['EXPERT_ARGUMENT', 'APPROVED', 1],
      ['LEADING_GROUP_REVIEW', 'RETURNED', 1],
      ['EXPERT_ARGUMENT', 'PENDING', 2],
    ]);
  });

  it('refuses a decision made on a stale version as CONFLICT, and changes nothing', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const { planId, draft } = await masterInReview(p);
    const meetingId = await buildExpertMeeting(server, p, planId);
    const a = await request(p, draft.id, 'EXPERT_ARGUMENT');
    expect((await decide(p, 'working', a, 'APPROVED', { meetingId })).errors).toBeUndefined();
    const before = await lifecycle(p, planId);
    const stale = await decide(p, 'admin', a, 'RETURNED', { opinion: '退回。', meetingId });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'APPROVAL_CHANGED',
      facts: { version: '2' },
      current: { decision: 'APPROVED', version: 2 },
    });
    const decidedAgain = await decide(p, 'admin', { id: a.id, version: 2 }, 'RETURNED', {
      opinion: '退回。',
      meetingId,
    });
    expect(decidedAgain.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'APPROVAL_ALREADY_DECIDED',
      facts: { decision: 'APPROVED' },
    });
    expect(await lifecycle(p, planId)).toEqual(before);
  });

  it('takes 专家论证 only on a 专家论证会 about the plan, already held, whose conclusion is recorded and not 不通过', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const { planId, draft } = await masterInReview(p);
    const otherPlan = await planLedBy(server, p, '科信处');
    const a = await request(p, draft.id, 'EXPERT_ARGUMENT');
    const before = await lifecycle(p, planId);
    const cases: [string, string | null, string][] = [
      ['no meeting', null, 'APPROVAL_MEETING_REQUIRED'],
      // Logged with a date in the past but nothing concluded: it does not count.
      [
        'no conclusion',
        await buildExpertMeeting(server, p, planId, { verdict: null }),
        'APPROVAL_MEETING_NO_CONCLUSION',
      ],
      [
        'held after the decision date',
        await buildExpertMeeting(server, p, planId, { startsAt: '2020-11-20T02:00:00Z', verdict: null }),
        'APPROVAL_MEETING_NOT_HELD',
      ],
      ['about another plan', await buildExpertMeeting(server, p, otherPlan), 'APPROVAL_MEETING_NOT_ABOUT_PLAN'],
      [
        'not a 专家论证会',
        await buildExpertMeeting(server, p, planId, { kind: 'LEADING_GROUP', verdict: null }),
        'APPROVAL_MEETING_KIND',
      ],
      [
        'concluded 不通过',
        await buildExpertMeeting(server, p, planId, { verdict: 'NOT_PASSED' }),
        'APPROVAL_MEETING_NOT_PASSED',
      ],
    ];
    for (const [name, meetingId, reason] of cases) {
      const r = await decide(p, 'working', a, 'APPROVED', { meetingId });
      expect(r.errors?.[0]?.extensions?.reason, name).toBe(reason);
    }
    expect(await lifecycle(p, planId)).toEqual(before);
    // A 不通过 conclusion can still support returning the draft.
    const notPassed = present(cases.at(-1)?.[1], 'the meeting');
    const r = await decide(p, 'working', a, 'RETURNED', { opinion: '论证未通过。', meetingId: notPassed });
    expect(r.data?.decideApproval.approval.decision).toBe('RETURNED');
  });

  it('lets only the working group decide 专家论证 and the government’s approval, and only the leading group its review', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const { planId, draft } = await masterInReview(p);
    const meetingId = await buildExpertMeeting(server, p, planId);
    const expert = await request(p, draft.id, 'EXPERT_ARGUMENT');
    const before = await lifecycle(p, planId);
    for (const account of ['leader', 'guicai', 'expert', 'observer']) {
      const r = await decide(p, account, expert, 'APPROVED', { meetingId });
      expect(r.errors?.[0]?.extensions, account).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'APPROVAL_DECIDE_ROLE',
        facts: { step: 'EXPERT_ARGUMENT' },
      });
    }
    expect(await lifecycle(p, planId)).toEqual(before);
    await decide(p, 'working', expert, 'APPROVED', { meetingId });
    const leading = await request(p, draft.id, 'LEADING_GROUP_REVIEW');
    for (const account of ['working', 'admin', 'guicai']) {
      const r = await decide(p, account, leading, 'APPROVED');
      expect(r.errors?.[0]?.extensions?.reason, account).toBe('APPROVAL_DECIDE_ROLE');
    }
    const blank = await decide(p, 'leader', leading, 'RETURNED', { opinion: '   ' });
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'APPROVAL_OPINION_REQUIRED',
    });
    const pending = await gql(
      server.url,
      DecideApprovalDocument,
      { id: leading.id, decision: 'PENDING', opinion: '', expectedVersion: 1 },
      await p.as('leader'),
    );
    expect(pending.errors?.[0]?.extensions?.reason).toBe('APPROVAL_DECISION_PENDING');
    const missing = await decide(p, 'leader', { id: '00000000-0000-4000-8000-000000000000', version: 1 }, 'APPROVED');
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'APPROVAL_NOT_FOUND' });
    expect((await lifecycle(p, planId)).approvals.at(-1)).toMatchObject({ decision: 'PENDING', version: 1 });
  });

  it('finds an approval by id, and tells the activity feed of every request and decision', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const { planId, draft } = await masterInReview(p);
    const meetingId = await buildExpertMeeting(server, p, planId);
    const a = await request(p, draft.id, 'EXPERT_ARGUMENT');
    await decide(p, 'working', a, 'APPROVED', { meetingId });
    const working = await p.as('working');
    const found = await ok(server.url, ApprovalByIdDocument, { id: a.id }, working);
    expect(found.approval).toEqual({ id: a.id, step: 'EXPERT_ARGUMENT', decision: 'APPROVED' });
    expect(found.node).toMatchObject({ id: a.id, plan: { title: '浙江省应急管理“十四五”规划' } });

    const feed = await ok(server.url, RecentActivityFactsDocument, {}, working);
    const entries = (feed.programs[0]?.dashboard.recentActivity ?? []).map((e) => [
      e.kind,
      Object.fromEntries(e.facts.map((f) => [f.name, f.value])),
    ]);
    expect(entries).toContainEqual([
      'approval.requested',
      expect.objectContaining({ plan: '浙江省应急管理“十四五”规划', step: 'EXPERT_ARGUMENT', version: '1' }),
    ]);
    expect(entries).toContainEqual([
      'approval.decided',
      expect.objectContaining({ step: 'EXPERT_ARGUMENT', decision: 'APPROVED', planApproved: 'false' }),
    ]);
  });
});
