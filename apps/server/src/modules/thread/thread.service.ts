import { makeAnchor } from '@gongbian/anchoring';
import { authorize } from '../../auth/authorize.js';
import type { Subject } from '../../auth/policy.js';
import { canSeeThread } from '../../auth/visibility.js';
import { toChinaDate } from '../../clock.js';
import { THREAD_STATUS_ZH, type ThreadSource, type ThreadStatus } from '../../domain.js';
import { badInput, conflict, DomainError, forbidden, notFound } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { commentWindowRefusal, DraftBlockEntity, DraftEntity, latestDraftId } from '../draft/index.js';
import { MeetingAttendeeEntity, MeetingEntity, MeetingPlanEntity } from '../meeting/index.js';
import { notify } from '../notification/index.js';
import { PersonEntity } from '../person/index.js';
import { PlanEntity } from '../plan/index.js';
import { ReviewAssignmentEntity } from '../review/index.js';
import { findMentions } from './mentions.js';
import { CommentEntity, CommentMentionEntity, ThreadEntity, ThreadPlacementEntity } from './thread.entity.js';
import { commentSubject, dispositionRefusal, threadSubject } from './thread-permissions.js';

const short = (text: string, n = 24) => (text.length > n ? `${text.slice(0, n)}…` : text);

/**
 * Locks a thread for a write by the scope's actor. A thread they may not see (another programme's, a
 * sealed review's) is NOT_FOUND, exactly as if it did not exist: no write reveals, or adds to,
 * what its writer may not read.
 */
export async function lockThread(
  scope: WriteScope,
  id: string,
  missing = () => notFound('thread', id),
): Promise<{ thread: ThreadEntity; draft: DraftEntity }> {
  const { m, actor } = scope;
  const thread = await m.getRepository(ThreadEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  const today = toChinaDate(scope.now);
  if (!thread || thread.programId !== actor.programId || !(await canSeeThread(m, actor, thread, today))) {
    throw missing();
  }
  const draft = await m.getRepository(DraftEntity).findOneByOrFail({ id: thread.draftId });
  return { thread, draft };
}

async function addComment(scope: WriteScope, thread: ThreadEntity, body: string) {
  const comment = await scope.m.getRepository(CommentEntity).save({
    createdAt: scope.now,
    threadId: thread.id,
    authorId: scope.actor.id,
    body,
    version: 1,
    editedAt: null,
  });
  const mentioned = await recordMentions(scope, comment);
  return { comment, mentioned };
}

/** Stores who a comment mentions; returns the ones it did not mention before. */
async function recordMentions(scope: WriteScope, comment: CommentEntity): Promise<string[]> {
  const people = await scope.m.getRepository(PersonEntity).find({
    where: { programId: scope.actor.programId },
    select: { id: true, name: true },
  });
  const now = findMentions(comment.body, people).map((p) => p.id);
  const before = new Set(
    (await scope.m.getRepository(CommentMentionEntity).findBy({ commentId: comment.id })).map((r) => r.personId),
  );
  await scope.m.getRepository(CommentMentionEntity).delete({ commentId: comment.id });
  if (now.length)
    await scope.m
      .getRepository(CommentMentionEntity)
      .insert(now.map((personId) => ({ commentId: comment.id, personId })));
  return now.filter((id) => !before.has(id));
}

export interface StartThread {
  draftId: string;
  anchor: { blockId: string; start: number; end: number; quote: string } | null;
  body: string;
  source: ThreadSource;
  meetingId?: string | null;
  /** For an opinion raised in a meeting: the person who raised it, or an outside attendee by name. */
  raisedById?: string | null;
  externalAuthor?: string | null;
}

/**
 * Who may open a thread, by its source: ONLINE by the stage rules; PUBLIC recorded by the working
 * group; REVIEW by an expert with an accepted review of this draft; MEETING by the policy's
 * 'meeting.recordOpinion' (the working group or the host unit, in the name of an attendee whose
 * role may comment at this stage), for a plan the meeting concerned. Every source closes at the
 * comment deadline.
 */
async function admitThread(scope: WriteScope, draft: DraftEntity, plan: PlanEntity, input: StartThread) {
  const { m, actor } = scope;
  const isLatest = (await latestDraftId(m, draft.planId)) === draft.id;
  const closed = commentWindowRefusal(draft, isLatest, scope.now);
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
      raisedBy: raisedBy && { id: raisedBy.id, role: raisedBy.role },
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
  if (input.meetingId || input.raisedById || input.externalAuthor) {
    throw badInput('input.meetingId', {
      reason: 'MEETING_FIELDS_OUTSIDE_MEETING',
      message: 'only an opinion raised in a meeting (source MEETING) names a meeting or who raised it.',
    });
  }
  authorize(
    scope,
    'thread.start',
    { type: 'draft', programId: draft.programId, stage: draft.stage, leadUnitId: plan.leadUnitId },
    {
      reason: 'COMMENT_ROLE',
      message: `Your role may not comment on a draft at the ${draft.stage} stage.`,
      facts: { stage: draft.stage },
    },
  );
  if (input.source === 'PUBLIC' && !['ADMIN', 'WORKING_GROUP'].includes(actor.role)) {
    throw forbidden({
      reason: 'PUBLIC_OPINION_WORKING_GROUP_ONLY',
      message: 'Only the working group records opinions from the public.',
    });
  }
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

export async function startThread(scope: WriteScope, input: StartThread) {
  const { m } = scope;
  const draft = await m.getRepository(DraftEntity).findOneBy({ id: input.draftId });
  if (!draft || draft.programId !== scope.actor.programId) throw notFound('draft', input.draftId);
  const plan = await m.getRepository(PlanEntity).findOneByOrFail({ id: draft.planId });
  const extra = await admitThread(scope, draft, plan, input);
  let anchorFields = {};
  if (input.anchor) {
    const a = input.anchor;
    const block = await m.getRepository(DraftBlockEntity).findOneBy({ draftId: draft.id, blockId: a.blockId });
    if (!block) {
      throw badInput('input.anchor.blockId', { reason: 'UNKNOWN_BLOCK', message: 'no such block in this draft.' });
    }
    if (a.end <= a.start || a.end > block.text.length) {
      throw badInput('input.anchor', {
        reason: 'ANCHOR_OUT_OF_RANGE',
        message: `start and end must lie within the block (0–${block.text.length}) with start < end.`,
        facts: { length: block.text.length },
      });
    }
    if (block.text.slice(a.start, a.end) !== a.quote) {
      throw badInput('input.anchor.quote', {
        reason: 'QUOTE_MISMATCH',
        message: 'does not match the text of the draft at that place; reload the draft and select again.',
      });
    }
    const anchor = makeAnchor({ id: block.blockId, text: block.text }, a.start, a.end);
    anchorFields = {
      blockId: anchor.blockId,
      anchorStart: anchor.start,
      anchorEnd: anchor.end,
      quote: anchor.quote,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
    };
  }
  const thread = await m.getRepository(ThreadEntity).save({
    createdAt: scope.now,
    programId: draft.programId,
    draftId: draft.id,
    ...anchorFields,
    anchorState: 'ATTACHED',
    source: input.source,
    meetingId: extra.meetingId,
    reviewAssignmentId: extra.reviewAssignmentId,
    status: 'OPEN',
    assignedUnitId: plan.leadUnitId,
    authorId: extra.authorId,
    externalAuthor: extra.externalAuthor,
  });
  await m.getRepository(ThreadPlacementEntity).insert({
    threadId: thread.id,
    draftId: draft.id,
    blockId: thread.blockId ?? null,
    anchorStart: thread.anchorStart ?? null,
    anchorEnd: thread.anchorEnd ?? null,
    quote: thread.quote ?? null,
    anchorState: 'ATTACHED',
  });
  const { comment, mentioned } = await addComment(scope, thread, input.body);
  const about = thread.quote ? `「${short(thread.quote)}」` : '全文';
  await scope.emit({
    stream: streams.draft(draft.id),
    kind: 'thread.started',
    subjectId: thread.id,
    sealedBy: thread.reviewAssignmentId,
    summary: `${scope.actor.name} 对《${plan.title}》${about}提出意见`,
    payload: { threadId: thread.id, commentId: comment.id },
  });
  if (extra.meetingId) {
    await scope.emit({
      stream: streams.meeting(extra.meetingId),
      kind: 'meeting.opinion',
      subjectId: thread.id,
      sealedBy: thread.reviewAssignmentId,
      summary: `${scope.actor.name} 记录了会上提出的意见：${short(input.body, 40)}`,
      payload: { threadId: thread.id },
    });
  }
  await notify(scope, mentioned, {
    kind: 'mention',
    summary: `${scope.actor.name} 在意见中提到了你：${short(input.body, 40)}`,
    facts: { excerpt: short(input.body, 40) },
    subjectId: thread.id,
    sealedBy: thread.reviewAssignmentId,
  });
  return { threadId: thread.id };
}

export async function reply(scope: WriteScope, threadId: string, body: string) {
  const { thread, draft } = await lockThread(scope, threadId);
  authorize(scope, 'thread.reply', threadSubject(thread, draft), {
    reason: 'REPLY_NOT_ALLOWED',
    message: 'You may not reply to this thread.',
  });
  const { comment, mentioned } = await addComment(scope, thread, body);
  await scope.emit({
    stream: streams.draft(draft.id),
    kind: 'thread.replied',
    subjectId: thread.id,
    sealedBy: thread.reviewAssignmentId,
    summary: `${scope.actor.name} 回复了意见：${short(body, 40)}`,
    payload: { threadId: thread.id, commentId: comment.id },
  });
  await notify(scope, mentioned, {
    kind: 'mention',
    summary: `${scope.actor.name} 在回复中提到了你：${short(body, 40)}`,
    facts: { excerpt: short(body, 40) },
    subjectId: thread.id,
    sealedBy: thread.reviewAssignmentId,
  });
  await notify(
    scope,
    [thread.authorId].filter((id) => !mentioned.includes(id)),
    {
      kind: 'reply',
      summary: `${scope.actor.name} 回复了你的意见：${short(body, 40)}`,
      facts: { excerpt: short(body, 40) },
      subjectId: thread.id,
      sealedBy: thread.reviewAssignmentId,
    },
  );
  return { commentId: comment.id };
}

export async function editComment(scope: WriteScope, commentId: string, body: string, expectedVersion: number) {
  const comment = await scope.m
    .getRepository(CommentEntity)
    .findOne({ where: { id: commentId }, lock: { mode: 'pessimistic_write' } });
  if (!comment) throw notFound('comment', commentId);
  const { thread, draft } = await lockThread(scope, comment.threadId, () => notFound('comment', commentId));
  authorize(scope, 'comment.edit', commentSubject(thread, comment), {
    reason: 'EDIT_OWN_COMMENT_ONLY',
    message: 'Only its author may edit a comment.',
  });
  if (comment.version !== expectedVersion) {
    throw conflict(
      {
        reason: 'COMMENT_CHANGED',
        message: `This comment was changed meanwhile (now version ${comment.version}); merge your edit into the current text.`,
        facts: { version: comment.version },
      },
      {
        body: comment.body,
        version: comment.version,
      },
    );
  }
  comment.body = body;
  comment.version += 1;
  comment.editedAt = scope.now;
  await scope.m.getRepository(CommentEntity).save(comment);
  const mentioned = await recordMentions(scope, comment);
  await scope.emit({
    stream: streams.draft(draft.id),
    kind: 'thread.edited',
    subjectId: thread.id,
    sealedBy: thread.reviewAssignmentId,
    summary: `${scope.actor.name} 修改了意见`,
    payload: { threadId: thread.id, commentId: comment.id, version: comment.version },
  });
  await notify(scope, mentioned, {
    kind: 'mention',
    summary: `${scope.actor.name} 在意见中提到了你：${short(body, 40)}`,
    facts: { excerpt: short(body, 40) },
    subjectId: thread.id,
    sealedBy: thread.reviewAssignmentId,
  });
  return { commentId: comment.id };
}

const NEEDS_REASON: ReadonlySet<ThreadStatus> = new Set(['PARTLY_ADOPTED', 'NOT_ADOPTED']);

/**
 * Decides a thread (采纳 / 部分采纳 / 不采纳, with a reason where it is not simply adopted),
 * withdraws it (its author), or reopens it (the working group). A decided thread must be
 * reopened before it is decided again, so two people deciding at once cannot overwrite each other.
 */
export async function disposeThread(scope: WriteScope, threadId: string, status: ThreadStatus, reason: string) {
  const { thread, draft } = await lockThread(scope, threadId);
  const text = reason.trim();
  const refusal = dispositionRefusal(scope.actor, thread, threadSubject(thread, draft), status);
  if (refusal) throw refusal;
  if (status !== 'OPEN' && NEEDS_REASON.has(status) && !text) {
    throw new DomainError(
      'BAD_USER_INPUT',
      {
        reason: 'DISPOSITION_REASON_REQUIRED',
        message: `input.reason: a reason is required for ${status}.`,
        facts: { threadStatus: status },
      },
      { field: 'input.reason', rule: 'required' },
    );
  }
  const decided = status !== 'OPEN';
  await scope.m.getRepository(ThreadEntity).update(
    { id: thread.id },
    {
      status,
      dispositionReason: decided ? text : null,
      decidedBy: decided ? scope.actor.id : null,
      decidedAt: decided ? scope.now : null,
    },
  );
  const what = status === 'OPEN' ? '重新打开了意见' : `将意见处理为「${THREAD_STATUS_ZH[status]}」`;
  await scope.emit({
    stream: streams.draft(draft.id),
    kind: 'thread.disposed',
    subjectId: thread.id,
    sealedBy: thread.reviewAssignmentId,
    summary: `${scope.actor.name} ${what}${text ? `：${short(text, 40)}` : ''}`,
    payload: { threadId: thread.id, from: thread.status, to: status, reason: text },
  });
  if (thread.meetingId) {
    // The meeting's page lists its opinions with their dispositions: it hears of this too.
    await scope.emit({
      stream: streams.meeting(thread.meetingId),
      kind: 'meeting.opinion',
      subjectId: thread.id,
      sealedBy: thread.reviewAssignmentId,
      summary: `${scope.actor.name} ${what}`,
      payload: { threadId: thread.id },
    });
  }
  await notify(scope, [thread.authorId], {
    kind: 'disposition',
    summary: `你的意见已处理：${THREAD_STATUS_ZH[status]}`,
    facts: { status },
    subjectId: thread.id,
    sealedBy: thread.reviewAssignmentId,
  });
  return { threadId: thread.id };
}
