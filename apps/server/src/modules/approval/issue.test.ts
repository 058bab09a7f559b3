import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok } from '#test/support/client.js';
import { planLedBy, publish } from '#test/support/drafts.js';
import {
  DecideApprovalDocument,
  IssuePlanDocument,
  PlanLifecycleDocument,
  RecordFilingDocument,
  RequestApprovalDocument,
  StartThreadOnIssuedDocument,
} from '#test/support/generated/graphql.js';
import { approveAll, buildExpertMeeting } from '#test/support/lifecycle.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function lifecycle(p: Programme, planId: string) {
  const node = (await ok(server.url, PlanLifecycleDocument, { id: planId }, await p.as('working'))).node;
  if (!node || !('approvals' in node)) throw new Error('no plan');
  return node;
}

const request = async (p: Programme, draftId: string, step: string, account = 'working') =>
  gql(server.url, RequestApprovalDocument, { draftId, step: step as 'EXPERT_ARGUMENT' }, await p.as(account));

/** The special plan 科信处 leads (科技与装备), approved on its 送审稿. */
async function approvedSpecial(p: Programme) {
  const planId = await planLedBy(server, p, '科信处');
  const draft = await publish(server, await p.as('kexin'), planId, { stage: 'REVIEW' });
  await approveAll(server, p, { id: planId, kind: 'SPECIAL' }, draft.id);
  return { planId, draftId: draft.id };
}

const issueInput = (draftId: string, over: Partial<{ docNumber: string; issuedOn: string; issuer: string }> = {}) => ({
  draftId,
  docNumber: '浙应急科信〔2020〕8号',
  issuedOn: '2020-11-16',
  issuer: '浙江省应急管理厅',
  ...over,
});

describe('requesting approval', () => {
  it('refuses out of turn, off a 送审稿, for a step the plan does not have, twice, or by anyone but the working group — changing nothing', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const master = await planLedBy(server, p, '规财处');
    const special = await planLedBy(server, p, '科信处');
    const consultation = await publish(server, await p.as('guicai'), master);
    const older = await publish(server, await p.as('kexin'), special, { stage: 'REVIEW' });
    const review = await publish(server, await p.as('kexin'), special, { stage: 'REVIEW' });
    const before = [await lifecycle(p, master), await lifecycle(p, special)];
    const cases: [string, Awaited<ReturnType<typeof request>>, string, string, Record<string, string>?][] = [
      ['lead unit', await request(p, review.id, 'EXPERT_ARGUMENT', 'kexin'), 'FORBIDDEN', 'APPROVAL_REQUEST_ROLE'],
      ['leader', await request(p, review.id, 'EXPERT_ARGUMENT', 'leader'), 'FORBIDDEN', 'APPROVAL_REQUEST_ROLE'],
      [
        'a 征求意见稿',
        await request(p, consultation.id, 'EXPERT_ARGUMENT'),
        'FORBIDDEN',
        'APPROVAL_NEEDS_REVIEW_DRAFT',
        { stage: 'CONSULTATION' },
      ],
      ['an older version', await request(p, older.id, 'EXPERT_ARGUMENT'), 'FORBIDDEN', 'NEWER_VERSION_EXISTS'],
      [
        'the leading group first',
        await request(p, review.id, 'LEADING_GROUP_REVIEW'),
        'FORBIDDEN',
        'APPROVAL_STEP_ORDER',
        { step: 'LEADING_GROUP_REVIEW', after: 'EXPERT_ARGUMENT' },
      ],
      [
        'the government, for a special plan',
        await request(p, review.id, 'GOVERNMENT_APPROVAL'),
        'FORBIDDEN',
        'APPROVAL_STEP_NOT_NEEDED',
        { step: 'GOVERNMENT_APPROVAL' },
      ],
      [
        'no such draft',
        await request(p, '00000000-0000-4000-8000-000000000000', 'EXPERT_ARGUMENT'),
        'NOT_FOUND',
        'DRAFT_NOT_FOUND',
      ],
    ];
    for (const [name, r, code, reason, facts] of cases) {
      expect(r.errors?.[0]?.extensions, name).toMatchObject({ code, reason, ...(facts ? { facts } : {}) });
    }
    expect([await lifecycle(p, master), await lifecycle(p, special)]).toEqual(before);

    expect((await request(p, review.id, 'EXPERT_ARGUMENT')).errors).toBeUndefined();
    const twice = await request(p, review.id, 'EXPERT_ARGUMENT');
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      reason: 'APPROVAL_ALREADY_OPEN',
      facts: { step: 'EXPERT_ARGUMENT' },
    });
    expect((await lifecycle(p, special)).approvals).toHaveLength(1);
  });

  it('refuses a step already approved, and any step once the plan is approved', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const planId = await planLedBy(server, p, '规财处');
    const draft = await publish(server, await p.as('guicai'), planId, { stage: 'REVIEW' });
    const meetingId = await buildExpertMeeting(server, p, planId);
    const a = (await request(p, draft.id, 'EXPERT_ARGUMENT')).data?.requestApproval.approval;
    await ok(
      server.url,
      DecideApprovalDocument,
      { id: a?.id ?? '', decision: 'APPROVED', opinion: '通过', meetingId, expectedVersion: 1 },
      await p.as('working'),
    );
    const again = await request(p, draft.id, 'EXPERT_ARGUMENT');
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'APPROVAL_ALREADY_APPROVED',
      facts: { step: 'EXPERT_ARGUMENT' },
    });
    const special = await approvedSpecial(p);
    // The approved 送审稿 became the 审定稿: nothing more to request on it.
    const after = await request(p, special.draftId, 'EXPERT_ARGUMENT');
    expect(after.errors?.[0]?.extensions?.reason).toBe('APPROVAL_NEEDS_REVIEW_DRAFT');
  });
});

describe('issuing and filing a plan', () => {
  it('issues an approved plan with its 文号, freezes the issued version, and records its 备案', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const { planId, draftId } = await approvedSpecial(p);
    const working = await p.as('working');
    const issued = await ok(
      server.url,
      IssuePlanDocument,
      issueInput(draftId, { docNumber: ' 浙应急科信〔2020〕8号 ' }),
      working,
    );
    expect(issued.issuePlan.plan.stage).toBe('ISSUED');
    let plan = await lifecycle(p, planId);
    expect(plan.issued).toEqual({
      docNumber: '浙应急科信〔2020〕8号',
      issuedOn: '2020-11-16',
      issuer: '浙江省应急管理厅',
      filedOn: null,
      draft: { id: draftId, stage: 'ISSUED' },
    });
    expect(plan.publishableStages).toEqual([]);
    expect(plan.viewerCan).toMatchObject({ publishDraft: false, requestApproval: false, issue: false });

    // Frozen: nobody starts a thread on the issued version, whatever their role.
    for (const account of ['working', 'leader', 'kexin', 'expert']) {
      const r = await gql(server.url, StartThreadOnIssuedDocument, { draftId }, await p.as(account));
      expect(r.errors?.[0]?.extensions, account).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'STAGE_CLOSED',
        facts: { stage: 'ISSUED' },
      });
    }
    const again = await gql(server.url, IssuePlanDocument, issueInput(draftId), working);
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'ISSUE_NOT_APPROVED', facts: { stage: 'ISSUED' } });

    const filed = await gql(server.url, RecordFilingDocument, { planId, filedOn: '2020-11-16' }, working);
    expect(filed.errors).toBeUndefined();
    plan = await lifecycle(p, planId);
    expect(plan.issued?.filedOn).toBe('2020-11-16');
    const twice = await gql(server.url, RecordFilingDocument, { planId, filedOn: '2020-11-16' }, working);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ reason: 'ALREADY_FILED', facts: { filedOn: '2020-11-16' } });
  });

  it('refuses to issue what is not approved, by anyone but the working group, or with a bad 文号, issuer or date — changing nothing', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const master = await planLedBy(server, p, '规财处');
    const review = await publish(server, await p.as('guicai'), master, { stage: 'REVIEW' });
    const working = await p.as('working');
    const notApproved = await gql(server.url, IssuePlanDocument, issueInput(review.id), working);
    expect(notApproved.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ISSUE_NOT_APPROVED',
      facts: { stage: 'REVIEW' },
    });

    const { planId, draftId } = await approvedSpecial(p);
    const before = await lifecycle(p, planId);
    const cases: [string, Partial<{ docNumber: string; issuedOn: string; issuer: string }>, string, string][] = [
      ['empty 文号', { docNumber: '   ' }, 'BAD_USER_INPUT', 'DOC_NUMBER_FORMAT'],
      ['a 文号 without year and number', { docNumber: '科技规划' }, 'BAD_USER_INPUT', 'DOC_NUMBER_FORMAT'],
      ['a 文号 too long', { docNumber: `${'浙'.repeat(50)}〔2020〕8号` }, 'BAD_USER_INPUT', 'DOC_NUMBER_FORMAT'],
      ['no issuer', { issuer: ' ' }, 'BAD_USER_INPUT', 'ISSUER_REQUIRED'],
      ['issued tomorrow', { issuedOn: '2020-11-17' }, 'BAD_USER_INPUT', 'ISSUE_DATE_OUT_OF_RANGE'],
      ['issued before its approval', { issuedOn: '2020-11-15' }, 'BAD_USER_INPUT', 'ISSUE_DATE_OUT_OF_RANGE'],
    ];
    for (const [name, over, code, reason] of cases) {
      const r = await gql(server.url, IssuePlanDocument, issueInput(draftId, over), working);
      expect(r.errors?.[0]?.extensions, name).toMatchObject({ code, reason });
    }
    for (const account of ['kexin', 'leader']) {
      const r = await gql(server.url, IssuePlanDocument, issueInput(draftId), await p.as(account));
      expect(r.errors?.[0]?.extensions, account).toMatchObject({ code: 'FORBIDDEN', reason: 'ISSUE_ROLE' });
    }
    const date = await gql(server.url, IssuePlanDocument, issueInput(draftId, { issuedOn: '2020-11-17' }), working);
    expect(date.errors?.[0]?.extensions?.facts).toEqual({ earliest: '2020-11-16', latest: '2020-11-16' });
    expect(await lifecycle(p, planId)).toEqual(before);
  });

  it('files only an issued plan, on or after its issue and not after today', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const { planId, draftId } = await approvedSpecial(p);
    const working = await p.as('working');
    const early = await gql(server.url, RecordFilingDocument, { planId, filedOn: '2020-11-16' }, working);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FILING_BEFORE_ISSUE' });
    await ok(server.url, IssuePlanDocument, issueInput(draftId), working);
    for (const filedOn of ['2020-11-15', '2020-11-17']) {
      const r = await gql(server.url, RecordFilingDocument, { planId, filedOn }, working);
      expect(r.errors?.[0]?.extensions, filedOn).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'FILING_DATE_OUT_OF_RANGE',
        facts: { earliest: '2020-11-16', latest: '2020-11-16' },
      });
    }
    const byUnit = await gql(server.url, RecordFilingDocument, { planId, filedOn: '2020-11-16' }, await p.as('kexin'));
    expect(byUnit.errors?.[0]?.extensions?.reason).toBe('ISSUE_ROLE');
    expect((await lifecycle(p, planId)).issued?.filedOn).toBeNull();
  });
});
