import type { EntityManager } from 'typeorm';
import { authorize } from '../../auth/authorize.js';
import { toChinaDate } from '../../clock.js';
import type { ApprovalDecision, ApprovalStep } from '../../domain.js';
import { badInput, conflict, DomainError, forbidden, notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { DraftEntity, latestDraftId } from '../draft/index.js';
import { MeetingEntity, MeetingPlanEntity, meetingConclusionOf } from '../meeting/index.js';
import { PlanEntity } from '../plan/index.js';
import { startThread } from '../thread/index.js';
import { ApprovalEntity } from './approval.entity.js';
import { allApproved, requestRefusal, STEP_ZH } from './approval-steps.js';

export const approvalNotFound = (id: string) =>
  new DomainError('NOT_FOUND', { reason: 'APPROVAL_NOT_FOUND', message: `No approval with id ${id}.` }, { id });

/**
 * The plan's row, locked: requests, decisions, issue and publishing (draft.service.ts) of one plan
 * take turns, so each reads the plan's approvals and versions as they stand.
 */
export async function lockPlan(m: EntityManager, planId: string): Promise<PlanEntity> {
  return m.getRepository(PlanEntity).findOneOrFail({ where: { id: planId }, lock: { mode: 'pessimistic_write' } });
}

/** The draft `id` of the actor's programme, or NOT_FOUND. */
export async function draftOfProgramme(scope: WriteScope, id: string): Promise<DraftEntity> {
  const draft = await scope.m.getRepository(DraftEntity).findOneBy({ id, programId: scope.actor.programId });
  if (!draft) throw notFound('draft', id);
  return draft;
}

/** Asks for one step of approval of a plan's newest 送审稿. */
export async function requestApproval(scope: WriteScope, input: { draftId: string; step: ApprovalStep }) {
  const { m, actor } = scope;
  authorize(
    scope,
    'approval.request',
    { type: 'program', programId: actor.programId },
    { reason: 'APPROVAL_REQUEST_ROLE', message: 'Only the working group requests approval of a plan.' },
  );
  const found = await draftOfProgramme(scope, input.draftId);
  const plan = await lockPlan(m, found.planId);
  const draft = await m.getRepository(DraftEntity).findOneByOrFail({ id: found.id });
  const approvals = await m.getRepository(ApprovalEntity).findBy({ draftId: draft.id });
  const refused = requestRefusal(input.step, {
    plan,
    draftStage: draft.stage,
    isLatest: (await latestDraftId(m, plan.id)) === draft.id,
    approvals,
  });
  if (refused) throw refused;
  const approval = await m.getRepository(ApprovalEntity).save({
    programId: plan.programId,
    planId: plan.id,
    draftId: draft.id,
    step: input.step,
    decision: 'PENDING',
    opinion: null,
    meetingId: null,
    threadId: null,
    requestedBy: actor.id,
    requestedAt: scope.now,
    decidedBy: null,
    decidedAt: null,
    version: 1,
  });
  await scope.emit({
    stream: streams.program(plan.programId),
    kind: 'approval.requested',
    subjectId: approval.id,
    summary: `${actor.name} 提请对《${plan.title}》送审稿（第 ${draft.version} 版）进行${STEP_ZH[input.step]}`,
    payload: { planId: plan.id, draftId: draft.id, step: input.step },
  });
  return { approval, plan };
}

export interface Decision {
  approvalId: string;
  decision: ApprovalDecision;
  opinion: string;
  meetingId: string | null;
  expectedVersion: number;
}

/** The meeting a step's decision cites, for the kind of meeting that step is decided at. */
const MEETING_OF_STEP: Record<ApprovalStep, MeetingEntity['kind'] | null> = {
  EXPERT_ARGUMENT: 'EXPERT_REVIEW',
  LEADING_GROUP_REVIEW: 'LEADING_GROUP',
  GOVERNMENT_APPROVAL: null,
};

/**
 * The meeting a decision cites, checked: a 专家论证会 (for 专家论证, required) or a 领导小组会议 (for
 * the leading group's review, optional) of this programme, about this plan, already held on the
 * programme clock — and for 专家论证 with its conclusion recorded, which must not be 不通过 to
 * support an approval. The government's approval cites none.
 */
async function citedMeeting(
  scope: WriteScope,
  approval: ApprovalEntity,
  decision: ApprovalDecision,
  meetingId: string | null,
): Promise<string | null> {
  const kind = MEETING_OF_STEP[approval.step];
  if (!meetingId) {
    if (approval.step === 'EXPERT_ARGUMENT') {
      throw badInput('input.meetingId', {
        reason: 'APPROVAL_MEETING_REQUIRED',
        message: '专家论证 is decided on the conclusion of a 专家论证会: name the meeting.',
      });
    }
    return null;
  }
  const meeting = await scope.m
    .getRepository(MeetingEntity)
    .findOneBy({ id: meetingId, programId: approval.programId });
  if (!meeting) throw notFound('meeting', meetingId);
  if (meeting.kind !== kind) {
    throw badInput('input.meetingId', {
      reason: 'APPROVAL_MEETING_KIND',
      message: kind
        ? `${approval.step} cites a ${kind} meeting; this one is ${meeting.kind}.`
        : `${approval.step} cites no meeting.`,
      facts: { kind: meeting.kind, step: approval.step },
    });
  }
  const about = await scope.m.getRepository(MeetingPlanEntity).findOneBy({ meetingId, planId: approval.planId });
  if (!about) {
    throw badInput('input.meetingId', {
      reason: 'APPROVAL_MEETING_NOT_ABOUT_PLAN',
      message: 'The meeting does not list this plan among those it concerned.',
    });
  }
  const held = toChinaDate(meeting.startsAt);
  if (held > toChinaDate(scope.now)) {
    throw badInput('input.meetingId', {
      reason: 'APPROVAL_MEETING_NOT_HELD',
      message: `The meeting takes place on ${held}: a decision cites a meeting already held.`,
      facts: { date: held },
    });
  }
  const conclusion = await meetingConclusionOf(scope.m, meetingId);
  if (!conclusion && approval.step === 'EXPERT_ARGUMENT') {
    throw badInput('input.meetingId', {
      reason: 'APPROVAL_MEETING_NO_CONCLUSION',
      message: 'The 专家论证会 has no recorded conclusion: record it first.',
    });
  }
  if (conclusion?.verdict === 'NOT_PASSED' && decision === 'APPROVED') {
    throw forbidden({
      reason: 'APPROVAL_MEETING_NOT_PASSED',
      message: 'The meeting concluded the draft did not pass (不通过): it cannot support an approval.',
    });
  }
  return meeting.id;
}

/**
 * Decides a pending step. All the plan's steps approved: the plan and its 送审稿 become APPROVED
 * (the 审定稿; comments close). Returned: the plan stays in drafting at REVIEW, the opinion becomes
 * a whole-draft thread for the lead unit, and approval starts again on the revised 送审稿 the lead
 * unit publishes. No other step can be open then: each step is requested only once the one before
 * it is approved, and one at a time.
 */
export async function decideApproval(scope: WriteScope, input: Decision) {
  const { m, actor } = scope;
  const found = await m.getRepository(ApprovalEntity).findOneBy({ id: input.approvalId, programId: actor.programId });
  if (!found) throw approvalNotFound(input.approvalId);
  authorize(
    scope,
    'approval.decide',
    { type: 'approval', programId: found.programId, step: found.step },
    {
      reason: 'APPROVAL_DECIDE_ROLE',
      message:
        found.step === 'LEADING_GROUP_REVIEW'
          ? 'The leading group’s review is decided by a member of the leading group.'
          : `${found.step} is decided by the working group.`,
      facts: { step: found.step },
    },
  );
  const plan = await lockPlan(m, found.planId);
  const approval = await m.getRepository(ApprovalEntity).findOneByOrFail({ id: found.id });
  if (approval.version !== input.expectedVersion) {
    throw conflict(
      {
        reason: 'APPROVAL_CHANGED',
        message: `This approval changed meanwhile (now version ${approval.version}, ${approval.decision}); look again before deciding.`,
        facts: { version: approval.version },
      },
      { decision: approval.decision, version: approval.version },
    );
  }
  if (input.decision === 'PENDING') {
    throw badInput('input.decision', {
      reason: 'APPROVAL_DECISION_PENDING',
      message: 'a decision is APPROVED or RETURNED.',
    });
  }
  if (approval.decision !== 'PENDING') {
    throw forbidden({
      reason: 'APPROVAL_ALREADY_DECIDED',
      message: `This step was already decided: ${approval.decision}.`,
      facts: { decision: approval.decision },
    });
  }
  const opinion = input.opinion.trim();
  if (input.decision === 'RETURNED' && !opinion) {
    throw badInput('input.opinion', {
      reason: 'APPROVAL_OPINION_REQUIRED',
      message: 'say why it is returned: the lead unit revises the draft on this opinion.',
    });
  }
  const meetingId = await citedMeeting(scope, approval, input.decision, input.meetingId);
  const draft = await m.getRepository(DraftEntity).findOneByOrFail({ id: approval.draftId });

  let threadId: string | null = null;
  if (input.decision === 'RETURNED') {
    const started = await startThread(scope, {
      draftId: draft.id,
      anchor: null,
      body: `【${STEP_ZH[approval.step]}退回意见】${opinion}`,
      source: 'ONLINE',
      pastDeadline: true,
    });
    threadId = started.threadId;
  }
  await m.getRepository(ApprovalEntity).update(
    { id: approval.id },
    {
      decision: input.decision,
      opinion: opinion || null,
      meetingId,
      threadId,
      decidedBy: actor.id,
      decidedAt: scope.now,
      version: approval.version + 1,
    },
  );
  const decided = await m.getRepository(ApprovalEntity).findOneByOrFail({ id: approval.id });
  const approvals = await m.getRepository(ApprovalEntity).findBy({ draftId: draft.id });
  const planApproved = input.decision === 'APPROVED' && allApproved(plan, approvals);
  if (planApproved) {
    // The 送审稿 is now the 审定稿: plan and version move together, as a publication moves them.
    await m.getRepository(DraftEntity).update({ id: draft.id }, { stage: 'APPROVED' });
    await m.getRepository(PlanEntity).update({ id: plan.id }, { stage: 'APPROVED' });
  }
  const verb = input.decision === 'APPROVED' ? '通过' : '退回';
  await scope.emit({
    stream: streams.program(plan.programId),
    kind: 'approval.decided',
    subjectId: approval.id,
    summary:
      `${actor.name} 决定《${plan.title}》${STEP_ZH[approval.step]}${verb}` +
      (planApproved ? '，规划审定' : '') +
      (opinion ? `：${opinion.length > 40 ? `${opinion.slice(0, 40)}…` : opinion}` : ''),
    payload: {
      planId: plan.id,
      draftId: draft.id,
      step: approval.step,
      decision: input.decision,
      meetingId,
      threadId,
      planApproved,
    },
  });
  const after = await m.getRepository(PlanEntity).findOneByOrFail({ id: plan.id });
  return { approval: decided, plan: after };
}
