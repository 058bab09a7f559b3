import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DraftEntity } from '../draft/index.js';
import type { NoticeKind, NotificationEntity } from '../notification/index.js';
import { PlanEntity } from '../plan/index.js';
import { ReviewAssignmentEntity } from '../review/index.js';
import { ThreadEntity } from '../thread/index.js';
import { rowsById } from './fact-loaders.js';

export const NOTICE_TARGETS = ['THREAD', 'REVIEW', 'MEETING', 'OVERVIEW'] as const;
export type NoticeTarget = (typeof NOTICE_TARGETS)[number];
const NoticeTargetEnum = Object.fromEntries(NOTICE_TARGETS.map((t) => [t, t])) as { [K in NoticeTarget]: K };
registerEnumType(NoticeTargetEnum, { name: 'NoticeTarget', description: 'The kind of page a notice opens.' });

@ObjectType('NoticeLink', { description: 'Where a notice leads, and the plan, version and words it is about there.' })
export class NoticeLink {
  @Field(() => NoticeTargetEnum) to: NoticeTarget;
  @Field(() => ID, { description: 'The thread, review assignment or meeting to open; the programme for OVERVIEW.' })
  id: string;
  @Field(() => ID, { nullable: true, description: 'The draft that shows the thread (THREAD) or that is reviewed.' })
  draftId: string | null;
  @Field(() => String, { nullable: true }) plan: string | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => String, { nullable: true, description: 'The passage a thread is about, as first quoted.' })
  quote: string | null;
}

const link = (to: NoticeTarget, id: string, about: Partial<NoticeLink> = {}): NoticeLink =>
  Object.assign(new NoticeLink(), { to, id, draftId: null, plan: null, version: null, quote: null, ...about });

/** A draft's plan title and version number, read with the rows of the same step of the page (rowsById). */
async function draftAndPlan(ctx: Context, draftId: string) {
  const draft = await rowsById(ctx, DraftEntity).load(draftId);
  const plan = draft ? await rowsById(ctx, PlanEntity).load(draft.planId) : null;
  return { draftId, plan: plan?.title ?? null, version: draft?.version ?? null };
}

async function toThread(ctx: Context, n: NotificationEntity): Promise<NoticeLink> {
  const thread = await rowsById(ctx, ThreadEntity).load(n.subjectId);
  if (!thread) return link('OVERVIEW', n.programId);
  return link('THREAD', thread.id, { ...(await draftAndPlan(ctx, thread.draftId)), quote: thread.quote });
}

async function toReview(ctx: Context, n: NotificationEntity): Promise<NoticeLink> {
  const a = await rowsById(ctx, ReviewAssignmentEntity).load(n.subjectId);
  if (!a) return link('OVERVIEW', n.programId);
  return link('REVIEW', a.id, await draftAndPlan(ctx, a.draftId));
}

// 督查: an overdue action item opens its meeting (recorded in the notice, so the inbox reads no
// more rows for it); topics, milestones and the digest open the overview, whose to-do list shows them.
async function toOverdue(_ctx: Context, n: NotificationEntity): Promise<NoticeLink> {
  const meetingId = n.facts?.item === 'actionItem' ? n.facts.meetingId : undefined;
  return meetingId ? link('MEETING', meetingId) : link('OVERVIEW', n.programId);
}

const TARGET: { [K in NoticeKind]: (ctx: Context, n: NotificationEntity) => Promise<NoticeLink> } = {
  mention: toThread,
  reply: toThread,
  disposition: toThread,
  opinion: toThread,
  adoption: toThread,
  // The first of the adopted opinions the new version left unchanged: its reader marks the others.
  'adoption-gap': toThread,
  'review.assigned': toReview,
  'review.overdue': toReview,
  overdue: toOverdue,
  digest: async (_ctx, n) => link('OVERVIEW', n.programId),
};

/**
 * Where a notice leads. Read only through the inbox and the notice stream, which apply the
 * notice's seal; the link names nothing its subject does not show.
 */
export function notificationLink(ctx: Context, n: NotificationEntity): Promise<NoticeLink> {
  const target = TARGET[n.kind as NoticeKind] as
    | ((ctx: Context, n: NotificationEntity) => Promise<NoticeLink>)
    | undefined;
  return target ? target(ctx, n) : Promise.resolve(link('OVERVIEW', n.programId));
}
