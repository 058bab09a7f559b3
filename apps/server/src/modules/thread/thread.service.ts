import { makeAnchor } from '@gongbian/anchoring';
import { authorize } from '../../auth/authorize.js';
import { canSeeThread } from '../../auth/visibility.js';
import { toChinaDate } from '../../clock.js';
import { type AdoptionState, THREAD_STATUS_ZH, type ThreadStatus } from '../../domain.js';
import { badInput, conflict, DomainError, notFound } from '../../errors.js';
import { rowFromJson } from '../../graphql/loaders.js';
import { streams } from '../../realtime/streams.js';
import { returning } from '../../writes/returning.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { DraftEntity } from '../draft/index.js';
import { notify } from '../notification/index.js';
import { PlanEntity } from '../plan/index.js';
import { findMentions } from './mentions.js';
import { CommentEntity, ThreadEntity } from './thread.entity.js';
import { admitThread, type StartThread } from './thread-admission.js';
import { commentSubject, dispositionRefusal, threadSubject } from './thread-permissions.js';

const short = (text: string, n = 24) => (text.length > n ? `${text.slice(0, n)}…` : text);

/**
 * Locks a thread for a write by the scope's actor, read in one statement with its draft. A thread
 * they may not see (another programme's, a sealed review's) is NOT_FOUND, exactly as if it did not
 * exist: no write reveals, or adds to, what its writer may not read.
 */
export async function lockThread(
  scope: WriteScope,
  id: string,
  missing = () => notFound('thread', id),
): Promise<{ thread: ThreadEntity; draft: DraftEntity; coUnitIds: string[] }> {
  const { m, actor } = scope;
  const [row]: { thread: Record<string, unknown>; draft: Record<string, unknown>; co_unit_ids: string[] }[] =
    await m.query(
      `SELECT to_jsonb(t) AS thread, to_jsonb(d) AS draft,
              ARRAY(SELECT pc.unit_id FROM plan_co_unit pc WHERE pc.plan_id = d.plan_id) AS co_unit_ids
         FROM thread t JOIN draft d ON d.id = t.draft_id WHERE t.id = $1 FOR UPDATE OF t`,
      [id],
    );
  const thread = row ? rowFromJson(m.connection, ThreadEntity, row.thread) : null;
  const today = toChinaDate(scope.now);
  // A thread no review seals costs canSeeThread no statement.
  if (!row || !thread || thread.programId !== actor.programId || !(await canSeeThread(m, actor, thread, today))) {
    throw missing();
  }
  return { thread, draft: rowFromJson(m.connection, DraftEntity, row.draft), coUnitIds: row.co_unit_ids };
}

/** A new comment by the scope's actor, and the mentions in it; the people it mentions. */
async function addComment(scope: WriteScope, threadId: string, body: string) {
  const [row]: { comment: Record<string, unknown> }[] = await scope.m.query(
    `INSERT INTO comment (thread_id, author_id, body, version, created_at) VALUES ($1, $2, $3, 1, $4)
     RETURNING to_jsonb(comment.*) AS comment`,
    [threadId, scope.actor.id, body, scope.now],
  );
  const comment = rowFromJson(scope.m.connection, CommentEntity, row?.comment ?? {});
  const mentioned = await recordMentions(scope, comment, false);
  return { comment, mentioned };
}

/**
 * Stores who a comment mentions; returns the ones it did not mention before. `edited`: it may
 * have mentioned people already (a new comment has no mentions to forget). A body without an @
 * mentions nobody, and needs no list of people.
 */
async function recordMentions(scope: WriteScope, comment: CommentEntity, edited: boolean): Promise<string[]> {
  const { m } = scope;
  const people: { id: string; name: string }[] = comment.body.includes('@')
    ? await m.query('SELECT id, name FROM person WHERE program_id = $1', [scope.actor.programId])
    : [];
  const now = findMentions(comment.body, people).map((p) => p.id);
  const before = edited
    ? await returning<{ person_id: string }>(
        m,
        'DELETE FROM comment_mention WHERE comment_id = $1 RETURNING person_id',
        [comment.id],
      )
    : [];
  if (now.length)
    await m.query('INSERT INTO comment_mention (comment_id, person_id) SELECT $1, unnest($2::uuid[])', [
      comment.id,
      now,
    ]);
  const had = new Set(before.map((r) => r.person_id));
  return now.filter((id) => !had.has(id));
}

/**
 * An anchor as asked for (a block's id, the quote's place in it), checked against the block's text
 * (null: no such block in the draft) and completed with the text around it. BAD_USER_INPUT when
 * the block is unknown, the place lies outside it or the quote is not what the text says there.
 */
export function checkedAnchor(
  text: string | null,
  a: { blockId: string; start: number; end: number; quote: string },
  field = 'input.anchor',
): ReturnType<typeof makeAnchor> {
  if (text === null) {
    throw badInput(`${field}.blockId`, { reason: 'UNKNOWN_BLOCK', message: 'no such block in this draft.' });
  }
  if (a.end <= a.start || a.end > text.length) {
    throw badInput(field, {
      reason: 'ANCHOR_OUT_OF_RANGE',
      message: `start and end must lie within the block (0–${text.length}) with start < end.`,
      facts: { length: text.length },
    });
  }
  if (text.slice(a.start, a.end) !== a.quote) {
    throw badInput(`${field}.quote`, {
      reason: 'QUOTE_MISMATCH',
      message: 'does not match the text of the draft at that place; reload the draft and select again.',
    });
  }
  return makeAnchor({ id: a.blockId, text }, a.start, a.end);
}

/** An anchor's columns as rows keep them (block_id, anchor_start, anchor_end, quote, prefix, suffix); nulls for none. */
export function anchorColumns(anchor: ReturnType<typeof makeAnchor> | null) {
  return [
    anchor?.blockId ?? null,
    anchor?.start ?? null,
    anchor?.end ?? null,
    anchor?.quote ?? null,
    anchor?.prefix ?? null,
    anchor?.suffix ?? null,
  ] as const;
}

/** What a new thread's statement reads: the draft, its plan, whether it is the newest version, the anchored block. */
interface DraftFacts {
  draft: Record<string, unknown>;
  plan: Record<string, unknown>;
  is_latest: boolean;
  block_text: string | null;
  /** The plan's co-operating units, and their members: told of every new opinion on its drafts. */
  co_unit_ids: string[];
  co_unit_people: string[];
  /** The lead unit's members: the opinion is theirs to answer (assigned_unit_id). */
  lead_unit_people: string[];
}

/**
 * Opens a thread with its first comment. One statement reads the draft, its plan, whether it is
 * the plan's newest version and the block it anchors to; one writes the thread, its place in this
 * version and the comment.
 */
export async function startThread(scope: WriteScope, input: StartThread) {
  const { m } = scope;
  const [facts]: DraftFacts[] = await m.query(
    `SELECT to_jsonb(d) AS draft, to_jsonb(p) AS plan, b.text AS block_text,
            NOT EXISTS (SELECT 1 FROM draft n WHERE n.plan_id = d.plan_id AND n.version > d.version) AS is_latest,
            ARRAY(SELECT pc.unit_id FROM plan_co_unit pc WHERE pc.plan_id = p.id) AS co_unit_ids,
            ARRAY(SELECT pe.id FROM plan_co_unit pc JOIN person pe ON pe.unit_id = pc.unit_id
                   WHERE pc.plan_id = p.id AND pe.role = 'UNIT_MEMBER') AS co_unit_people,
            ARRAY(SELECT pe.id FROM person pe
                   WHERE pe.unit_id = p.lead_unit_id AND pe.role = 'UNIT_MEMBER') AS lead_unit_people
       FROM draft d JOIN plan p ON p.id = d.plan_id
       LEFT JOIN draft_block b ON b.draft_id = d.id AND b.block_id = $2
      WHERE d.id = $1`,
    [input.draftId, input.anchor?.blockId ?? null],
  );
  const draft = facts ? rowFromJson(m.connection, DraftEntity, facts.draft) : null;
  if (!facts || !draft || draft.programId !== scope.actor.programId) throw notFound('draft', input.draftId);
  const plan = rowFromJson(m.connection, PlanEntity, facts.plan);
  const extra = input.system
    ? {
        meetingId: null,
        reviewAssignmentId: null,
        authorId: scope.actor.id,
        externalAuthor: input.externalAuthor ?? null,
      }
    : await admitThread(scope, draft, plan, facts.is_latest, input, facts.co_unit_ids);
  const anchor = input.anchor ? checkedAnchor(facts.block_text, input.anchor) : null;
  // The comment is the recorder's own words, whoever the thread stands in the name of (authorId).
  const [written]: { thread: Record<string, unknown>; comment: Record<string, unknown> }[] = await m.query(
    `WITH t AS (
       INSERT INTO thread (program_id, draft_id, block_id, anchor_start, anchor_end, quote, prefix, suffix, anchor_state,
                           source, meeting_id, review_assignment_id, status, assigned_unit_id, author_id, external_author, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'ATTACHED', $9, $10, $11, 'OPEN', $12, $13, $14, $15) RETURNING *
     ), placed AS (
       INSERT INTO thread_placement (thread_id, draft_id, block_id, anchor_start, anchor_end, quote, anchor_state)
       SELECT id, draft_id, block_id, anchor_start, anchor_end, quote, anchor_state FROM t
     ), c AS (
       INSERT INTO comment (thread_id, author_id, body, version, created_at)
       SELECT id, $16, $17, 1, created_at FROM t RETURNING *
     )
     SELECT to_jsonb(t) AS thread, to_jsonb(c) AS comment FROM t, c`,
    [
      draft.programId,
      draft.id,
      ...anchorColumns(anchor),
      input.source,
      extra.meetingId,
      extra.reviewAssignmentId,
      plan.leadUnitId,
      extra.authorId,
      extra.externalAuthor,
      scope.now,
      scope.actor.id,
      input.body,
    ],
  );
  const thread = rowFromJson(m.connection, ThreadEntity, written?.thread ?? {});
  const comment = rowFromJson(m.connection, CommentEntity, written?.comment ?? {});
  const mentioned = await recordMentions(scope, comment, false);
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
  // The lead unit must answer the opinion, and the co-operating units share the plan's text: all
  // are told of every new opinion on it (those it mentions already were, once; never its author,
  // who may be someone a meeting's recorder wrote it down for). One statement for all of them.
  await notify(
    scope,
    [...facts.lead_unit_people, ...facts.co_unit_people].filter(
      (id) => !mentioned.includes(id) && id !== thread.authorId,
    ),
    {
      kind: 'opinion',
      summary: `${scope.actor.name} 对《${plan.title}》第 ${draft.version} 版${about}提出意见：${short(input.body, 40)}`,
      facts: {
        excerpt: short(input.body, 40),
        plan: plan.title,
        version: String(draft.version),
        ...(thread.quote ? { quote: short(thread.quote) } : {}),
      },
      subjectId: thread.id,
      sealedBy: thread.reviewAssignmentId,
    },
  );
  return { threadId: thread.id, thread, comment, draft, coUnitIds: facts.co_unit_ids };
}

export async function reply(scope: WriteScope, threadId: string, body: string) {
  const { thread, draft, coUnitIds } = await lockThread(scope, threadId);
  authorize(scope, 'thread.reply', threadSubject(thread, draft, coUnitIds), {
    reason: 'REPLY_NOT_ALLOWED',
    message: 'You may not reply to this thread.',
  });
  const { comment, mentioned } = await addComment(scope, thread.id, body);
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
  return { commentId: comment.id, comment, thread };
}

/**
 * A note the house's own checks add to a thread they raised (an alignment issue that is fixed):
 * written in the scope's actor's name, whose change settled it, with no reply rule applied.
 */
export async function noteOnThread(scope: WriteScope, threadId: string, body: string) {
  const [thread] = await scope.m.getRepository(ThreadEntity).findBy({ id: threadId });
  if (!thread) return null;
  const { comment } = await addComment(scope, thread.id, body);
  await scope.emit({
    stream: streams.draft(thread.draftId),
    kind: 'thread.replied',
    subjectId: thread.id,
    sealedBy: thread.reviewAssignmentId,
    summary: short(body, 60),
    payload: { threadId: thread.id, commentId: comment.id },
  });
  return comment;
}

export async function editComment(scope: WriteScope, commentId: string, body: string, expectedVersion: number) {
  const { m } = scope;
  const [locked]: { comment: Record<string, unknown> }[] = await m.query(
    'SELECT to_jsonb(c) AS comment FROM comment c WHERE c.id = $1 FOR UPDATE',
    [commentId],
  );
  if (!locked) throw notFound('comment', commentId);
  const comment = rowFromJson(m.connection, CommentEntity, locked.comment);
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
  await m.query('UPDATE comment SET body = $2, version = $3, edited_at = $4 WHERE id = $1', [
    comment.id,
    comment.body,
    comment.version,
    comment.editedAt,
  ]);
  const mentioned = await recordMentions(scope, comment, true);
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
  return { commentId: comment.id, comment, thread };
}

const NEEDS_REASON: ReadonlySet<ThreadStatus> = new Set(['PARTLY_ADOPTED', 'NOT_ADOPTED']);
/** The decisions that promise a change to the text: each is checked against the next version. */
export const ADOPTING: ReadonlySet<ThreadStatus> = new Set(['ADOPTED', 'PARTLY_ADOPTED']);

/**
 * Decides a thread (采纳 / 部分采纳 / 不采纳, with a reason where it is not simply adopted),
 * withdraws it (its author), or reopens it (the working group). A decided thread must be
 * reopened before it is decided again, so two people deciding at once cannot overwrite each other.
 */
export async function disposeThread(scope: WriteScope, threadId: string, status: ThreadStatus, reason: string) {
  const { thread, draft, coUnitIds } = await lockThread(scope, threadId);
  const text = reason.trim();
  const refusal = dispositionRefusal(scope.actor, thread, threadSubject(thread, draft, coUnitIds), status);
  if (refusal) throw refusal();
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
  const decision = {
    status,
    dispositionReason: decided ? text : null,
    decidedBy: decided ? scope.actor.id : null,
    decidedAt: decided ? scope.now : null,
  };
  // An adoption waits for the next version to be checked against (adoption.ts); any other status has none.
  const adoptionState: AdoptionState | null = ADOPTING.has(status) ? 'AWAITING_VERSION' : null;
  await scope.m.query(
    `UPDATE thread SET status = $2, disposition_reason = $3, decided_by = $4, decided_at = $5, adoption_state = $6,
            adoption_draft_id = NULL, adoption_confirmed_by = NULL, adoption_note = NULL, adoption_checked_at = NULL
      WHERE id = $1`,
    [thread.id, decision.status, decision.dispositionReason, decision.decidedBy, decision.decidedAt, adoptionState],
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
  const adoption = {
    adoptionState,
    adoptionDraftId: null,
    adoptionConfirmedBy: null,
    adoptionNote: null,
    adoptionCheckedAt: null,
  };
  return { threadId: thread.id, thread: { ...thread, ...decision, ...adoption }, draft, coUnitIds };
}
