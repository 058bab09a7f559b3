import type { Context } from '../../graphql/context.js';
import { excerpt, type Fact, toFacts } from '../../graphql/fact.js';
import type { EventKind } from '../../realtime/streams.js';
import { HigherTargetEntity, IndicatorEntity } from '../alignment/index.js';
import { ApprovalEntity } from '../approval/index.js';
import { InvitationEntity } from '../auth/index.js';
import { PublicConsultationEntity, PublicOpinionEntity } from '../consultation/index.js';
import { DraftEntity } from '../draft/index.js';
import { ActionItemEntity, MeetingEntity } from '../meeting/index.js';
import { NotificationEntity } from '../notification/index.js';
import { PersonEntity } from '../person/index.js';
import { PlanEntity } from '../plan/index.js';
import { MilestoneEntity, PhaseEntity, ProgramEntity } from '../program/index.js';
import { ReviewAssignmentEntity } from '../review/index.js';
import { CommentEntity, ThreadEntity } from '../thread/index.js';
import { TopicEntity } from '../topic/index.js';
import { rowsById } from './fact-loaders.js';
import { notificationFacts } from './notification-facts.js';

/** What a fact mapping reads: the event as stored, its payload, and the request's loaders. */
export interface FactSource {
  kind: EventKind;
  subjectId: string;
  actorId: string | null;
  summary: string;
  payload: Record<string, unknown>;
  ctx: Context;
}
type Values = Record<string, string | number | boolean | null | undefined>;
type FactMapping = (e: FactSource) => Promise<Values>;

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Only well-formed ids reach the batch: one malformed id would fail the query for the whole page.
const row = <T extends { id: string }>(e: FactSource, entity: new () => T, id: unknown): Promise<T | null> =>
  typeof id === 'string' && UUID.test(id) ? rowsById<T>(e.ctx, entity).load(id) : Promise.resolve(null);

async function actorName(e: FactSource) {
  return e.actorId ? (await row(e, PersonEntity, e.actorId))?.name : undefined;
}

async function planOfDraft(e: FactSource, draftId: unknown) {
  const draft = await row(e, DraftEntity, draftId);
  const plan = draft ? await row(e, PlanEntity, draft.planId) : null;
  return { draft, plan };
}

async function threadPlan(e: FactSource, threadId: unknown) {
  const thread = await row(e, ThreadEntity, threadId);
  return { thread, ...(await planOfDraft(e, thread?.draftId)) };
}

async function assignment(e: FactSource) {
  const a = await row(e, ReviewAssignmentEntity, e.subjectId);
  const [{ draft, plan }, expert] = await Promise.all([planOfDraft(e, a?.draftId), row(e, PersonEntity, a?.expertId)]);
  return { a, draft, plan, expert };
}

/**
 * For every kind of event, the values its sentence needs. Read from the event's payload and its
 * subject as they stand, so events logged before facts existed (summary and payload only) get
 * them too. Keyed by EventKind: a new kind without facts does not compile.
 */
export const EVENT_FACTS: { [K in EventKind]: FactMapping } = {
  'program.seeded': async (e) => ({ program: (await row(e, ProgramEntity, e.subjectId))?.name }),
  'milestone.updated': async (e) => ({
    actor: await actorName(e),
    milestone: (await row(e, MilestoneEntity, e.subjectId))?.title,
    status: str(e.payload.to),
  }),
  'topic.updated': async (e) => {
    const topic = await row(e, TopicEntity, e.subjectId);
    return { actor: await actorName(e), number: topic?.number, topic: topic?.title, status: str(e.payload.to) };
  },
  // Keeping the programme (issue 12): what was added or changed, and by whom.
  'plan.created': async (e) => ({ actor: await actorName(e), plan: (await row(e, PlanEntity, e.subjectId))?.title }),
  'plan.updated': async (e) => ({
    actor: await actorName(e),
    plan: (await row(e, PlanEntity, e.subjectId))?.title,
    version: typeof e.payload.version === 'number' ? e.payload.version : undefined,
    changed: Array.isArray(e.payload.changed) ? e.payload.changed.join(',') : undefined,
  }),
  'topic.created': async (e) => {
    const topic = await row(e, TopicEntity, e.subjectId);
    return { actor: await actorName(e), number: topic?.number, topic: topic?.title };
  },
  'topic.edited': async (e) => {
    const topic = await row(e, TopicEntity, e.subjectId);
    return { actor: await actorName(e), number: topic?.number, topic: topic?.title };
  },
  'milestone.edited': async (e) => ({
    actor: await actorName(e),
    milestone: (await row(e, MilestoneEntity, e.subjectId))?.title,
  }),
  'milestone.created': async (e) => {
    const milestone = await row(e, MilestoneEntity, e.subjectId);
    return { actor: await actorName(e), milestone: milestone?.title, dueOn: milestone?.dueOn };
  },
  'person.invited': async (e) => {
    const invitation = await row(e, InvitationEntity, e.subjectId);
    return { actor: await actorName(e), email: invitation?.email, role: invitation?.role };
  },
  'person.memberships': async (e) => ({
    actor: await actorName(e),
    person: (await row(e, PersonEntity, e.subjectId))?.name,
    groups: Array.isArray(e.payload.groups) ? e.payload.groups.join(',') : null,
  }),
  'person.joined': async (e) => {
    const person = await row(e, PersonEntity, e.subjectId);
    return { person: person?.name, role: person?.role };
  },
  'draft.created': async (e) => {
    const { draft, plan } = await planOfDraft(e, e.subjectId);
    // The stage it was published at: a version's stage moves on when its plan is approved or issued.
    const stage = str(e.payload.stage) ?? draft?.stage;
    return { actor: await actorName(e), plan: plan?.title, stage, version: draft?.version };
  },
  'thread.started': async (e) => {
    const { thread, plan } = await threadPlan(e, e.payload.threadId ?? e.subjectId);
    return { actor: await actorName(e), plan: plan?.title, quote: thread?.quote ? excerpt(thread.quote, 24) : null };
  },
  'thread.replied': async (e) => {
    const comment = await row(e, CommentEntity, e.payload.commentId);
    return { actor: await actorName(e), excerpt: comment ? excerpt(comment.body) : null };
  },
  'thread.edited': async (e) => ({ actor: await actorName(e) }),
  'thread.disposed': async (e) => {
    const to = str(e.payload.to);
    // Events before the reason was logged: the thread's reason, if it still has that decision.
    let reason = str(e.payload.reason);
    if (reason === undefined) {
      const thread = await row(e, ThreadEntity, e.payload.threadId ?? e.subjectId);
      reason = thread && thread.status === to ? (thread.dispositionReason ?? '') : '';
    }
    return { actor: await actorName(e), status: to, reason: reason ? excerpt(reason) : null };
  },
  'thread.adoption-checked': async (e) => ({
    version: (await row(e, DraftEntity, e.payload.version))?.version,
    state: str(e.payload.state),
  }),
  'thread.adoption-confirmed': async (e) => ({ actor: await actorName(e), note: str(e.payload.note) }),
  'thread.reanchored': async (e) => {
    // The draft it was carried into follows the one it came from.
    const previous = await row(e, DraftEntity, e.payload.from);
    return { version: previous ? previous.version + 1 : null, state: str(e.payload.state) };
  },
  'notification.created': async (e) => {
    const n = await row(e, NotificationEntity, e.subjectId);
    if (!n) return {};
    const facts = await notificationFacts(e.ctx, n);
    return { notice: n.kind, ...Object.fromEntries(facts.map((f) => [f.name, f.value])) };
  },
  'notification.read': async () => ({}),
  'review.assigned': async (e) => {
    const { draft, plan, expert, a } = await assignment(e);
    return {
      actor: await actorName(e),
      expert: expert?.name,
      plan: plan?.title,
      version: draft?.version,
      dueOn: a?.dueOn,
    };
  },
  'review.responded': async (e) => {
    const { a } = await assignment(e);
    const accepted = typeof e.payload.accept === 'boolean' ? e.payload.accept : a?.status !== 'DECLINED';
    return { actor: await actorName(e), accepted, reason: accepted ? null : (a?.declineReason ?? '') };
  },
  'review.submitted': async (e) => {
    const { a } = await assignment(e);
    return {
      actor: await actorName(e),
      foresight: a?.foresight,
      scientific: a?.scientific,
      operability: a?.operability,
    };
  },
  'review.overdue': async (e) => {
    const { a, expert } = await assignment(e);
    return { expert: expert?.name, dueOn: a?.dueOn };
  },
  'meeting.logged': async (e) => {
    const meeting = await row(e, MeetingEntity, e.subjectId);
    return { actor: await actorName(e), meetingKind: meeting?.kind, meeting: meeting?.title };
  },
  'meeting.updated': async (e) => ({
    actor: await actorName(e),
    meeting: (await row(e, MeetingEntity, e.subjectId))?.title,
  }),
  'meeting.minutes': async (e) => ({
    actor: await actorName(e),
    meeting: (await row(e, MeetingEntity, e.subjectId))?.title,
    version: typeof e.payload.version === 'number' ? e.payload.version : null,
  }),
  // Typing in the live minutes: too many to tell (not in the feed), said as the save would be.
  'minutes.typed': async (e) => ({
    actor: await actorName(e),
    meeting: (await row(e, MeetingEntity, e.subjectId))?.title,
    version: typeof e.payload.version === 'number' ? e.payload.version : null,
  }),
  'meeting.actionItem': async (e) => {
    const item = await row(e, ActionItemEntity, e.subjectId);
    const meeting = await row(e, MeetingEntity, item?.meetingId);
    // An update names the new status; events logged before it did say so only in their summary.
    const status = str(e.payload.to) ?? (e.summary.includes('更新为') ? item?.status : null);
    return { actor: await actorName(e), meeting: meeting?.title, item: item?.title, status };
  },
  'meeting.opinion': async (e) => {
    const { thread } = await threadPlan(e, e.payload.threadId ?? e.subjectId);
    return { actor: await actorName(e), status: thread?.status };
  },
  'meeting.conclusion': async (e) => {
    const meeting = await row(e, MeetingEntity, e.subjectId);
    return {
      actor: await actorName(e),
      meetingKind: meeting?.kind,
      meeting: meeting?.title,
      verdict: str(e.payload.verdict),
      replaced: e.payload.replaced !== undefined,
    };
  },
  'approval.requested': async (e) => {
    const a = await row(e, ApprovalEntity, e.subjectId);
    const { draft, plan } = await planOfDraft(e, a?.draftId);
    return { actor: await actorName(e), plan: plan?.title, version: draft?.version, step: a?.step };
  },
  'approval.decided': async (e) => {
    const a = await row(e, ApprovalEntity, e.subjectId);
    const plan = await row(e, PlanEntity, a?.planId);
    return {
      actor: await actorName(e),
      plan: plan?.title,
      step: a?.step,
      decision: str(e.payload.decision) ?? a?.decision,
      planApproved: e.payload.planApproved === true,
    };
  },
  'plan.issued': async (e) => ({
    actor: await actorName(e),
    plan: (await row(e, PlanEntity, e.subjectId))?.title,
    docNumber: str(e.payload.docNumber),
    issuedOn: str(e.payload.issuedOn),
    issuer: str(e.payload.issuer),
  }),
  'plan.filed': async (e) => ({
    actor: await actorName(e),
    plan: (await row(e, PlanEntity, e.subjectId))?.title,
    filedOn: str(e.payload.filedOn),
  }),
  'phase.gateOverridden': async (e) => {
    const phase = await row(e, PhaseEntity, e.subjectId);
    const overridden =
      typeof e.payload.overridden === 'boolean' ? e.payload.overridden : !e.summary.includes('撤销确认');
    return { actor: await actorName(e), phase: phase?.name, overridden, reason: str(e.payload.reason) ?? null };
  },
  'session.revoked': async (e) => ({
    reason: str(e.payload.reason),
    sessions: Array.isArray(e.payload.sessionIds) ? e.payload.sessionIds.length : null,
  }),
  // Public consultation (issue 14): the round, and what the working group made of an opinion (never who sent it).
  'consultation.opened': async (e) => {
    const c = await row(e, PublicConsultationEntity, e.subjectId);
    const { plan } = await planOfDraft(e, c?.draftId);
    return { actor: await actorName(e), plan: plan?.title, opensOn: c?.opensOn, closesOn: c?.closesOn };
  },
  'consultation.closed': async (e) => {
    const c = await row(e, PublicConsultationEntity, e.subjectId);
    const { plan } = await planOfDraft(e, c?.draftId);
    return { actor: await actorName(e), plan: plan?.title };
  },
  'public-opinion.submitted': async (e) => ({
    identity: (await row(e, PublicOpinionEntity, e.subjectId))?.identity,
  }),
  'public-opinion.moderated': async (e) => ({ actor: await actorName(e), decision: str(e.payload.decision) }),
  'public-opinion.group-moderated': async (e) => ({
    actor: await actorName(e),
    decision: str(e.payload.decision),
    count: typeof e.payload.count === 'number' ? e.payload.count : null,
  }),
  // 衔接 (issue 15): indicators kept, higher targets recorded, issues found and fixed.
  'indicator.defined': (e) => indicatorFacts(e),
  'indicator.updated': (e) => indicatorFacts(e),
  'higher-target.defined': async (e) => {
    const h = await row(e, HigherTargetEntity, e.subjectId);
    return { actor: await actorName(e), document: h?.document, indicator: h?.name };
  },
  'alignment.raised': async (e) => ({ ...(await indicatorFacts(e)), issue: str(e.payload.kind) }),
  'alignment.resolved': async (e) => ({ ...(await indicatorFacts(e)), issue: str(e.payload.kind) }),
};

async function indicatorFacts(e: FactSource) {
  const i = await row(e, IndicatorEntity, e.subjectId);
  const plan = await row(e, PlanEntity, i?.planId);
  return { actor: await actorName(e), plan: plan?.title, indicator: i?.name };
}

/** The facts of one event of the log. */
export async function eventFacts(e: FactSource): Promise<Fact[]> {
  const mapping = EVENT_FACTS[e.kind] as FactMapping | undefined;
  if (!mapping) return [];
  // The actor's name is read with the subject, not a step after it: one statement fewer per page.
  const [values] = await Promise.all([mapping(e), actorName(e)]);
  return toFacts(values);
}
