import type { EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { ReviewVerdict } from '../../domain.js';
import { badInput, conflict, forbidden, notFound } from '../../errors.js';
import { appendEvent } from '../../realtime/event-log.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { DraftEntity, latestDraftId, reviewWindowRefusal } from '../draft/index.js';
import { NotificationEntity, notify } from '../notification/index.js';
import { PersonEntity, peopleActingFor, personActsFor } from '../person/index.js';
import { PlanEntity } from '../plan/index.js';
import { ReviewAssignmentEntity } from './review.entity.js';

async function lockAssignment(m: EntityManager, id: string, programId: string) {
  const a = await m
    .getRepository(ReviewAssignmentEntity)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!a || a.programId !== programId) throw notFound('review assignment', id);
  return a;
}

/** A draft can be reviewed while it is the newest version of its plan and at a reviewable stage. */
async function assertUnderReview(m: EntityManager, draft: DraftEntity) {
  const refusal = reviewWindowRefusal(draft, (await latestDraftId(m, draft.planId)) === draft.id);
  if (refusal) throw refusal;
}

export async function assignReview(scope: WriteScope, clock: Clock, draftId: string, expertId: string, dueOn: string) {
  const { m } = scope;
  const draft = await m.getRepository(DraftEntity).findOneBy({ id: draftId });
  if (!draft || draft.programId !== scope.actor.programId) throw notFound('draft', draftId);
  await assertUnderReview(m, draft);
  const expert = await m.getRepository(PersonEntity).findOneBy({ id: expertId, programId: draft.programId });
  if (!expert) throw notFound('person', expertId);
  if (!(await personActsFor(m, expert, 'EXPERT_TEAM')))
    throw badInput('input.expertId', {
      reason: 'NOT_AN_EXPERT',
      message: `${expert.name} is not an expert; invite them as one first.`,
      facts: { person: expert.name },
    });
  if (dueOn < clock.today()) {
    const today = clock.today();
    throw badInput('input.dueOn', {
      reason: 'DUE_BEFORE_TODAY',
      message: `must not be before today (${today}).`,
      facts: { today },
    });
  }
  if (await m.getRepository(ReviewAssignmentEntity).existsBy({ draftId, expertId })) {
    throw conflict(
      {
        reason: 'ALREADY_ASSIGNED',
        message: `${expert.name} is already assigned to review this draft.`,
        facts: { expert: expert.name },
      },
      { draftId, expertId },
    );
  }
  const a = await m.getRepository(ReviewAssignmentEntity).save({
    programId: draft.programId,
    draftId,
    expertId,
    assignedBy: scope.actor.id,
    dueOn,
    status: 'INVITED',
  });
  const plan = await m.getRepository(PlanEntity).findOneByOrFail({ id: draft.planId });
  await scope.emit({
    stream: streams.program(draft.programId),
    kind: 'review.assigned',
    subjectId: a.id,
    summary: `${scope.actor.name} 邀请 ${expert.name} 评审《${plan.title}》第 ${draft.version} 版，截止 ${dueOn}`,
    payload: { draftId },
  });
  await notify(scope, [expertId], {
    kind: 'review.assigned',
    summary: `请评审《${plan.title}》（截止 ${dueOn}）`,
    subjectId: a.id,
  });
  return { assignmentId: a.id };
}

export async function respondToReview(
  scope: WriteScope,
  id: string,
  accept: boolean,
  reason: string | null | undefined,
) {
  const a = await lockAssignment(scope.m, id, scope.actor.programId);
  if (a.expertId !== scope.actor.id) {
    throw forbidden({ reason: 'INVITED_EXPERT_ONLY', message: 'Only the invited expert may answer this invitation.' });
  }
  if (a.status !== 'INVITED')
    throw conflict(
      {
        reason: 'ALREADY_ANSWERED',
        message: `This invitation was already answered (${a.status}).`,
        facts: { reviewStatus: a.status },
      },
      { status: a.status },
    );
  const text = reason?.trim() ?? '';
  if (!accept && !text)
    throw badInput('input.reason', {
      reason: 'DECLINE_REASON_REQUIRED',
      message: 'say why you decline, so the working group can invite someone else.',
    });
  await scope.m
    .getRepository(ReviewAssignmentEntity)
    .update({ id }, { status: accept ? 'ACCEPTED' : 'DECLINED', declineReason: accept ? null : text });
  await scope.emit({
    stream: streams.program(a.programId),
    kind: 'review.responded',
    subjectId: a.id,
    summary: `${scope.actor.name} ${accept ? '接受' : '谢绝'}了评审邀请${accept ? '' : `：${text}`}`,
    payload: { draftId: a.draftId, accept },
  });
  return { assignmentId: a.id };
}

export interface ReviewScores {
  verdict: ReviewVerdict;
  foresight: number;
  scientific: number;
  operability: number;
  summary: string;
}

export async function submitReview(scope: WriteScope, clock: Clock, id: string, r: ReviewScores) {
  const a = await lockAssignment(scope.m, id, scope.actor.programId);
  if (a.expertId !== scope.actor.id) {
    throw forbidden({ reason: 'ASSIGNED_EXPERT_ONLY', message: 'Only the assigned expert may submit this review.' });
  }
  if (a.status === 'SUBMITTED')
    throw conflict(
      { reason: 'ALREADY_SUBMITTED', message: 'This review was already submitted; it cannot be submitted twice.' },
      { status: a.status },
    );
  if (a.status === 'DECLINED') throw forbidden({ reason: 'REVIEW_DECLINED', message: 'You declined this review.' });
  if (a.status !== 'ACCEPTED') {
    throw forbidden({ reason: 'ACCEPT_FIRST', message: 'Accept the invitation before submitting the review.' });
  }
  if (!r.summary.trim()) throw badInput('input.summary', { reason: 'SUMMARY_REQUIRED', message: 'must not be empty.' });
  const draft = await scope.m.getRepository(DraftEntity).findOneByOrFail({ id: a.draftId });
  await assertUnderReview(scope.m, draft);
  await scope.m.getRepository(ReviewAssignmentEntity).update(
    { id },
    {
      status: 'SUBMITTED',
      verdict: r.verdict,
      foresight: r.foresight,
      scientific: r.scientific,
      operability: r.operability,
      summary: r.summary.trim(),
      submittedAt: clock.now(),
    },
  );
  await scope.emit({
    stream: streams.program(a.programId),
    kind: 'review.submitted',
    subjectId: a.id,
    summary: `${scope.actor.name} 提交了评审意见（前瞻性 ${r.foresight}、科学性 ${r.scientific}、可操作性 ${r.operability}）`,
    payload: { draftId: a.draftId },
  });
  return { assignmentId: a.id };
}

/**
 * Tells the expert and the working group, once, of each review past its due date and not
 * submitted. Run periodically by every process; the UPDATE decides which process tells.
 */
export async function notifyOverdueReviews(m: EntityManager, clock: Clock): Promise<number> {
  const rows: { id: string; program_id: string; expert_id: string; due_on: string; draft_id: string }[] = await m.query(
    `WITH due AS (
       UPDATE review_assignment SET overdue_notified_at = now()
        WHERE status IN ('INVITED', 'ACCEPTED') AND due_on < $1::date AND overdue_notified_at IS NULL
        RETURNING id, program_id, expert_id, due_on::text AS due_on, draft_id)
     SELECT * FROM due`,
    [clock.today()],
  );
  for (const r of rows) {
    const expert = await m.getRepository(PersonEntity).findOneByOrFail({ id: r.expert_id });
    const group = await peopleActingFor(m, r.program_id, 'WORKING_GROUP');
    const summary = `${expert.name} 的评审已逾期（截止 ${r.due_on}）`;
    for (const personId of new Set([r.expert_id, ...group])) {
      const n = await m.getRepository(NotificationEntity).save({
        personId,
        programId: r.program_id,
        kind: 'review.overdue',
        summary,
        subjectId: r.id,
        readAt: null,
      });
      await appendEvent(m, {
        programId: r.program_id,
        stream: streams.person(personId),
        kind: 'notification.created',
        subjectId: n.id,
        actorId: null,
        summary,
        at: clock.now(),
      });
    }
    await appendEvent(m, {
      programId: r.program_id,
      stream: streams.program(r.program_id),
      kind: 'review.overdue',
      subjectId: r.id,
      actorId: null,
      summary,
      at: clock.now(),
      payload: { draftId: r.draft_id },
    });
  }
  return rows.length;
}
