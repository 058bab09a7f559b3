import { type Actor, can, type Subject } from '../../auth/policy.js';
import type { ThreadStatus } from '../../domain.js';
import { conflict, type DomainError, forbidden } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { type DraftEntity, draftLoader } from '../draft/index.js';
import { PlanCoUnitEntity } from '../plan/index.js';
import { coUnitLoaderOf } from '../unit/index.js';
import type { ThreadEntity } from './thread.entity.js';
import { commentsByThread } from './thread.loaders.js';
import { ThreadPermissions } from './thread.types.js';

// The state rules of thread writes, beside the policy's who-may rules. Mutations throw what these
// return; Thread.viewerCan asks the same functions, so the actions offered and the writes
// accepted never disagree.

/** The facts the policy looks at for a thread (its draft gives the stage; its plan, the co-operating units). */
export function threadSubject(thread: ThreadEntity, draft: DraftEntity, coUnitIds: readonly string[]): Subject {
  return {
    type: 'thread',
    programId: thread.programId,
    stage: draft.stage,
    assignedUnitId: thread.assignedUnitId,
    authorId: thread.authorId,
    coUnitIds,
  };
}

/** The facts the policy looks at for a comment; editComment and viewerCan both build it here. */
export function commentSubject(thread: { programId: string }, comment: { authorId: string }): Subject {
  return { type: 'comment', programId: thread.programId, authorId: comment.authorId };
}

/**
 * Why `actor` may not move a thread to `to` now (the policy, then the thread's state), or null:
 * as a function making the error, since viewerCan asks three times per thread read and only
 * wants the yes or no (an error captures a stack trace).
 */
export function dispositionRefusal(
  actor: Actor,
  thread: Pick<ThreadEntity, 'status' | 'dispositionReason' | 'decidedAt'>,
  subject: Subject,
  to: ThreadStatus,
): (() => DomainError) | null {
  if (to === 'OPEN') {
    if (!can(actor, 'thread.reopen', subject)) {
      return () =>
        forbidden({
          reason: 'REOPEN_WORKING_GROUP_ONLY',
          message: 'Only the working group may reopen a decided opinion.',
        });
    }
    if (thread.status === 'OPEN') {
      return () =>
        conflict({ reason: 'ALREADY_OPEN', message: 'This thread is already open.' }, { status: thread.status });
    }
    return null;
  }
  if (to === 'WITHDRAWN' && !can(actor, 'thread.withdraw', subject)) {
    return () => forbidden({ reason: 'WITHDRAW_AUTHOR_ONLY', message: 'Only its author may withdraw an opinion.' });
  }
  if (to !== 'WITHDRAWN' && !can(actor, 'thread.dispose', subject)) {
    return () =>
      forbidden({
        reason: 'DISPOSE_ROLE',
        message: 'Only the unit that must answer, or the working group, may decide on this opinion.',
      });
  }
  if (thread.status !== 'OPEN') {
    return () =>
      conflict(
        {
          reason: 'ALREADY_DECIDED',
          message: `This opinion was already decided (${thread.status}); reopen it first.`,
          facts: { threadStatus: thread.status },
        },
        {
          status: thread.status,
          reason: thread.dispositionReason,
          decidedAt: thread.decidedAt?.toISOString() ?? null,
        },
      );
  }
  return null;
}

/**
 * What the viewer may do with a thread they are reading. Every path that hands out a Thread has
 * already applied the sealed-review rule (lockThread's visibility check), so the rest is what
 * each mutation asks: the policy on threadSubject, and dispositionRefusal for the state.
 */
export async function threadPermissions(ctx: Context, thread: ThreadEntity): Promise<ThreadPermissions> {
  const actor = ctx.actor;
  const none = { reply: false, edit: false, dispose: false, reopen: false, withdraw: false, confirmAdoption: false };
  if (!actor) return Object.assign(new ThreadPermissions(), none);
  const [draft, comments] = await Promise.all([
    // The drafts a page of threads sits on are read together (or were already, by Query.draft).
    draftLoader(ctx).load(thread.draftId),
    commentsByThread(ctx).load(thread.id),
  ]);
  if (!draft) return Object.assign(new ThreadPermissions(), none);
  const coUnitIds = (await coUnitLoaderOf(PlanCoUnitEntity, ctx)?.load(draft.planId)) ?? [];
  const subject = threadSubject(thread, draft, coUnitIds);
  const opening = comments[0];
  return Object.assign(new ThreadPermissions(), {
    reply: can(actor, 'thread.reply', subject),
    edit:
      !!opening &&
      can(actor, 'comment.edit', { type: 'comment', programId: thread.programId, authorId: opening.authorId }),
    dispose: dispositionRefusal(actor, thread, subject, 'ADOPTED') === null,
    reopen: dispositionRefusal(actor, thread, subject, 'OPEN') === null,
    withdraw: dispositionRefusal(actor, thread, subject, 'WITHDRAWN') === null,
    // As confirmAdoption asks (adoption.ts): the answering unit or the working group, of an adoption.
    confirmAdoption:
      (thread.status === 'ADOPTED' || thread.status === 'PARTLY_ADOPTED') && can(actor, 'thread.dispose', subject),
  });
}
