import type { Context } from '../../graphql/context.js';
import { type Fact, toFacts } from '../../graphql/fact.js';
import { DraftEntity } from '../draft/index.js';
import { type NoticeKind, type NotificationEntity } from '../notification/index.js';
import { PersonEntity } from '../person/index.js';
import { PlanEntity } from '../plan/index.js';
import { ReviewAssignmentEntity } from '../review/index.js';
import { ThreadEntity } from '../thread/index.js';
import { rowsById } from './fact-loaders.js';

type Values = Record<string, string | number | null | undefined>;

async function planOfDraft(ctx: Context, draftId: string | undefined) {
  const draft = draftId ? await rowsById(ctx, DraftEntity).load(draftId) : null;
  const plan = draft ? await rowsById(ctx, PlanEntity).load(draft.planId) : null;
  return { draft, plan };
}

async function aboutThread(ctx: Context, n: NotificationEntity): Promise<Values> {
  const thread = await rowsById(ctx, ThreadEntity).load(n.subjectId);
  const { plan } = await planOfDraft(ctx, thread?.draftId);
  // A notice from before facts were recorded: the decision the thread now has.
  return { plan: plan?.title, status: n.kind === 'disposition' ? thread?.status : undefined };
}

async function aboutReview(ctx: Context, n: NotificationEntity): Promise<Values> {
  const a = await rowsById(ctx, ReviewAssignmentEntity).load(n.subjectId);
  const [{ draft, plan }, expert] = await Promise.all([
    planOfDraft(ctx, a?.draftId),
    a ? rowsById(ctx, PersonEntity).load(a.expertId) : null,
  ]);
  return { plan: plan?.title, version: draft?.version, dueOn: a?.dueOn, expert: expert?.name };
}

const DERIVED: { [K in NoticeKind]: (ctx: Context, n: NotificationEntity) => Promise<Values> } = {
  mention: aboutThread,
  reply: aboutThread,
  disposition: aboutThread,
  opinion: aboutThread,
  adoption: aboutThread,
  'adoption-gap': aboutThread,
  'review.assigned': aboutReview,
  'review.overdue': aboutReview,
  // 督查 reminders record all they say when written (notification/reminders.ts).
  overdue: async () => ({}),
  digest: async () => ({}),
};

/**
 * A notice's facts: what it recorded when written (who, the words quoted, the decision) over
 * what its subject says now. Notices are read only through the inbox and the notice stream,
 * which apply the notice's seal; facts carry nothing the notice's own subject does not.
 */
export async function notificationFacts(ctx: Context, n: NotificationEntity): Promise<Fact[]> {
  const derive = DERIVED[n.kind as NoticeKind] as
    | ((ctx: Context, n: NotificationEntity) => Promise<Values>)
    | undefined;
  const derived = derive ? await derive(ctx, n) : {};
  return toFacts({ ...derived, ...(n.facts ?? {}) });
}
