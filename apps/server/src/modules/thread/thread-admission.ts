import { authorize } from '../../auth/authorize.js';
import { acts, type Subject } from '../../auth/policy.js';
import type { ThreadSource } from '../../domain.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { commentWindowRefusal, type DraftEntity } from '../draft/index.js';
import { MeetingAttendeeEntity, MeetingEntity, MeetingPlanEntity } from '../meeting/index.js';
import { groupsOf, PersonEntity } from '../person/index.js';
import type { PlanEntity } from '../plan/index.js';
import { ReviewAssignmentEntity } from '../review/index.js';

// Who may open a thread, by its source: the rules startThread (thread.service.ts) applies first.

export interface StartThread {
  draftId: string;
  anchor: { blockId: string; start: number; end: number; quote: string } | null;
  body: string;
  source: ThreadSource;
  meetingId?: string | null;
  /** For an opinion raised in a meeting: the person who raised it, or an outside attendee by name. */
  raisedById?: string | null;
  externalAuthor?: string | null;
  /**
   * A returned approval's opinion (modules/approval): the decision is made whatever the draft's
   * comment deadline, so its opinion is recorded past it too. The stage and version rules still apply.
   */
  pastDeadline?: boolean;
  /**
   * Raised by the house's own checks (source ALIGNMENT), not asked for: no role, stage or window
   * rule applies, and it stands in `externalAuthor`'s name. Never set from a request's input.
   */
  system?: boolean;
}

/**
 * Who may open a thread, by its source: ONLINE by the stage rules; PUBLIC recorded by the working
 * group; REVIEW by an expert with an accepted review of this draft; MEETING by the policy's
 * 'meeting.recordOpinion' (the working group or the host unit, in the name of an attendee whose
 * role may comment at this stage), for a plan the meeting concerned. Every source closes at the
 * comment deadline.
 */
export async function admitThread(
  scope: WriteScope,
  draft: DraftEntity,
  plan: PlanEntity,
  isLatest: boolean,
  input: StartThread,
  coUnitIds: readonly string[],
) {
  const { m, actor } = scope;
  if (input.source === 'ALIGNMENT') {
    throw badInput('input.source', {
      reason: 'SOURCE_RESERVED',
      message: 'ALIGNMENT threads are raised by the alignment checks, not started by hand.',
    });
  }
  const closed = commentWindowRefusal(
    input.pastDeadline ? { ...draft, commentDeadline: null } : draft,
    isLatest,
    scope.now,
  );
  if (closed) throw closed;
  const extra = {
    meetingId: null as string | null,
    reviewAssignmentId: null as string | null,
    authorId: actor.id,
    externalAuthor: null as string | null,
  };
  if (input.source === 'MEETING') {
    if (!input.meetingId) {
      throw badInput('input.meetingId', {
        reason: 'MEETING_REQUIRED',
        message: 'an opinion raised in a meeting names the meeting.',
      });
    }
    const meeting = await m.getRepository(MeetingEntity).findOneBy({ id: input.meetingId, programId: draft.programId });
    if (!meeting) throw notFound('meeting', input.meetingId);
    const attendeeIds = (await m.getRepository(MeetingAttendeeEntity).findBy({ meetingId: meeting.id })).map(
      (a) => a.personId,
    );
    const planIds = (await m.getRepository(MeetingPlanEntity).findBy({ meetingId: meeting.id })).map((p) => p.planId);
    if (planIds.length > 0 && !planIds.includes(plan.id))
      throw badInput('input.draftId', {
        reason: 'MEETING_NOT_ABOUT_PLAN',
        message: 'this meeting did not concern that plan.',
      });
    if (input.raisedById && input.externalAuthor)
      throw badInput('input.externalAuthor', {
        reason: 'RAISED_BY_TWICE',
        message: 'give either the person who raised it or an outside attendee, not both.',
      });
    let raisedBy: PersonEntity | null = null;
    if (input.raisedById) {
      raisedBy = await m.getRepository(PersonEntity).findOneBy({ id: input.raisedById, programId: draft.programId });
      if (!raisedBy) throw notFound('person', input.raisedById);
    }
    const subject: Subject = {
      type: 'meetingOpinion',
      programId: meeting.programId,
      hostUnitId: meeting.hostUnitId,
      attendeeIds,
      stage: draft.stage,
      raisedBy: raisedBy && { id: raisedBy.id, role: raisedBy.role, groups: await groupsOf(m, raisedBy.id) },
    };
    authorize(scope, 'meeting.recordOpinion', subject, {
      reason: 'MEETING_OPINION_ROLE',
      message:
        `Opinions of a meeting are recorded by the working group or the host unit, in the name of someone the ` +
        `meeting lists as attending${raisedBy ? ` (is ${raisedBy.name}?)` : ''}, whose role may comment on a draft ` +
        `at the ${draft.stage} stage.`,
      facts: { stage: draft.stage },
    });
    if (raisedBy) extra.authorId = raisedBy.id;
    extra.externalAuthor = input.externalAuthor?.trim() || null;
    extra.meetingId = meeting.id;
    return extra;
  }
  if (input.meetingId || input.raisedById || (input.externalAuthor && input.source !== 'PUBLIC')) {
    throw badInput('input.meetingId', {
      reason: 'MEETING_FIELDS_OUTSIDE_MEETING',
      message: 'only an opinion raised in a meeting (source MEETING) names a meeting or who raised it.',
    });
  }
  authorize(
    scope,
    'thread.start',
    { type: 'draft', programId: draft.programId, stage: draft.stage, leadUnitId: plan.leadUnitId, coUnitIds },
    {
      reason: 'COMMENT_ROLE',
      message: `Your role may not comment on a draft at the ${draft.stage} stage.`,
      facts: { stage: draft.stage },
    },
  );
  if (input.source === 'PUBLIC' && actor.role !== 'ADMIN' && !acts(actor, 'WORKING_GROUP')) {
    throw forbidden({
      reason: 'PUBLIC_OPINION_WORKING_GROUP_ONLY',
      message: 'Only the working group records opinions from the public.',
    });
  }
  // An opinion from the public stands in the name its sender gave (or 公众（匿名）).
  if (input.source === 'PUBLIC') extra.externalAuthor = input.externalAuthor?.trim() || null;
  if (input.source === 'REVIEW') {
    const assignment = await m
      .getRepository(ReviewAssignmentEntity)
      .findOneBy({ draftId: draft.id, expertId: actor.id });
    if (assignment?.status !== 'ACCEPTED') {
      throw forbidden({
        reason: 'REVIEW_COMMENT_NOT_ACCEPTED',
        message: 'Review comments are made within an accepted review of this draft.',
      });
    }
    extra.reviewAssignmentId = assignment.id;
  }
  return extra;
}
