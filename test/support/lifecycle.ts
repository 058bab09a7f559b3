/**
 * A plan's approval, issue and filing (issue 12), done through the API as the working group and
 * the leading group would: for tests whose point lies after a 送审稿 (an approved or issued plan).
 */
import { ok } from './client.js';
import { publish, type TestDraft } from './drafts.js';
import {
  type ApprovalStep,
  ConcludeMeetingDocument,
  DecideApprovalDocument,
  type DraftStage,
  IssuePlanDocument,
  LogApprovalMeetingDocument,
  type MeetingVerdict,
  RecordFilingDocument,
  RequestApprovalDocument,
} from './generated/graphql.js';
import type { Programme, TestServer } from './server.js';

/** A 专家论证会 about `planId` held on `startsAt` (before the tests' 2020-11-16), with its conclusion unless `verdict` is null. */
export async function buildExpertMeeting(
  server: TestServer,
  p: Programme,
  planId: string,
  options: { startsAt?: string; verdict?: MeetingVerdict | null; kind?: 'EXPERT_REVIEW' | 'LEADING_GROUP' } = {},
): Promise<string> {
  const working = await p.as('working');
  const logged = await ok(
    server.url,
    LogApprovalMeetingDocument,
    {
      p: p.programId,
      kind: options.kind ?? 'EXPERT_REVIEW',
      host: p.unitIds.guicai,
      plans: [planId],
      startsAt: options.startsAt ?? '2020-11-10T02:00:00Z',
    },
    working,
  );
  const id = logged.logMeeting.meeting.id;
  const verdict = options.verdict === undefined ? 'PASSED' : options.verdict;
  if (verdict) await ok(server.url, ConcludeMeetingDocument, { id, verdict }, working);
  return id;
}

/**
 * Every step a plan of `kind` needs, requested and approved on the 送审稿 `draftId`: 专家论证 on a
 * 专家论证会 passed, the leading group's review by a leader, the government's for the master plan.
 */
export async function approveAll(
  server: TestServer,
  p: Programme,
  plan: { id: string; kind: 'MASTER' | 'SPECIAL' },
  draftId: string,
): Promise<void> {
  const working = await p.as('working');
  const meetingId = await buildExpertMeeting(server, p, plan.id);
  const steps: { step: ApprovalStep; by: string; meetingId: string | null }[] = [
    { step: 'EXPERT_ARGUMENT', by: working, meetingId },
    { step: 'LEADING_GROUP_REVIEW', by: await p.as('leader'), meetingId: null },
    ...(plan.kind === 'MASTER' ? [{ step: 'GOVERNMENT_APPROVAL' as const, by: working, meetingId: null }] : []),
  ];
  for (const s of steps) {
    const requested = await ok(server.url, RequestApprovalDocument, { draftId, step: s.step }, working);
    const a = requested.requestApproval.approval;
    await ok(
      server.url,
      DecideApprovalDocument,
      { id: a.id, decision: 'APPROVED', opinion: '同意。', meetingId: s.meetingId, expectedVersion: a.version },
      s.by,
    );
  }
}

/** Issues an approved plan's 送审稿 `draftId` on the tests' 2020-11-16, and files it if asked. */
export async function issue(
  server: TestServer,
  p: Programme,
  planId: string,
  draftId: string,
  options: { file?: boolean } = {},
): Promise<void> {
  const working = await p.as('working');
  await ok(
    server.url,
    IssuePlanDocument,
    { draftId, docNumber: '浙应急规划〔2020〕5号', issuedOn: '2020-11-16', issuer: '浙江省应急管理厅' },
    working,
  );
  if (options.file) await ok(server.url, RecordFilingDocument, { planId, filedOn: '2020-11-16' }, working);
}

/**
 * The first version of `planId` at `stage`, as it comes to be now that stages only move forward
 * and APPROVED and ISSUED come from approval and issue: a drafting stage is set on the plan before
 * its first version (as a programme's seed does), then published; APPROVED is a 送审稿 approved;
 * ISSUED one approved and issued. For tests about what may be done with a draft at each stage.
 */
export async function publishAtStage(
  server: TestServer,
  p: Programme,
  planId: string,
  stage: DraftStage,
): Promise<TestDraft> {
  const working = await p.as('working');
  const drafting = stage === 'APPROVED' || stage === 'ISSUED' ? 'REVIEW' : stage;
  await server.app.services.ds.query(
    'UPDATE plan SET stage = $2 WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM draft WHERE plan_id = $1)',
    [planId, drafting],
  );
  const draft = await publish(server, working, planId, { stage: drafting });
  if (drafting === stage) return draft;
  const rows: { kind: 'MASTER' | 'SPECIAL' }[] = await server.app.services.ds.query(
    'SELECT kind FROM plan WHERE id = $1',
    [planId],
  );
  const kind = rows[0]?.kind ?? 'SPECIAL';
  await approveAll(server, p, { id: planId, kind }, draft.id);
  if (stage === 'ISSUED') await issue(server, p, planId, draft.id);
  return { ...draft, stage };
}
