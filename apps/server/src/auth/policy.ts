import type { ApprovalStep, DraftStage, GroupKind, MeetingKind, ProgramRole, UnitKind } from '../domain.js';

/** Who is asking. Null when nobody has signed in. */
export interface Actor {
  id: string;
  programId: string;
  role: ProgramRole;
  unitId: string | null;
  name: string;
  /** The kind of the person's unit (EXTERNAL: another provincial department's liaison); null without one. */
  unitKind: UnitKind | null;
  /**
   * The groups the person belongs to besides their role (memberships, modules/person): a member
   * of a group may do what that group's role may (acts). Part of the visibility class.
   */
  groups: readonly GroupKind[];
  /**
   * False when the person is known to be the expert of no review, and cannot become one under
   * this session: they do not act for the expert team (an assignment needs it, and a change of
   * memberships ends the cached session) and no assignment names them. Then no sealed review is
   * theirs, and the seal rule need not read who they are. Undefined when not known: the rule
   * compares ids. Part of the visibility class.
   */
  reviewer?: boolean;
}

/** What an action is about; only the facts the rules look at. */
export type Subject =
  | { type: 'program'; programId: string }
  | { type: 'milestone'; programId: string; ownerUnitId: string | null }
  | { type: 'topic'; programId: string; leadUnitId: string }
  | { type: 'plan'; programId: string; leadUnitId: string }
  /** `coUnitIds`: the plan's co-operating units (plan_co_unit). */
  | { type: 'draft'; programId: string; stage: DraftStage; leadUnitId: string; coUnitIds: readonly string[] }
  | {
      type: 'thread';
      programId: string;
      stage: DraftStage;
      assignedUnitId: string;
      authorId: string;
      coUnitIds: readonly string[];
    }
  | { type: 'comment'; programId: string; authorId: string }
  | { type: 'assignment'; programId: string; expertId: string }
  | { type: 'meeting'; programId: string; hostUnitId: string; attendeeIds: readonly string[]; kind?: MeetingKind }
  /** An opinion recorded from a meeting, on a draft at `stage`, in the name of `raisedBy` (or of the recorder). */
  | {
      type: 'meetingOpinion';
      programId: string;
      hostUnitId: string;
      attendeeIds: readonly string[];
      stage: DraftStage;
      raisedBy: { id: string; role: ProgramRole; groups?: readonly GroupKind[] } | null;
    }
  /** Something sealed by an expert review: its expert, and whether the review is submitted or past due. */
  | { type: 'sealed'; programId: string; expertId: string; unsealed: boolean }
  | { type: 'actionItem'; programId: string; hostUnitId: string; ownerUnitId: string }
  /** A plan's approval at `step` (issue 12, approvals): who may decide depends on the step. */
  | { type: 'approval'; programId: string; step: ApprovalStep };

export const ACTIONS = [
  'program.read',
  'person.invite',
  'milestone.update',
  'topic.update',
  'draft.create',
  'draft.export',
  'thread.start',
  'thread.reply',
  'thread.dispose',
  'thread.reopen',
  'thread.withdraw',
  'comment.edit',
  'review.assign',
  'review.respond',
  'review.board',
  'review.readSealed',
  'meeting.log',
  'meeting.edit',
  'meeting.minutes',
  'meeting.recordOpinion',
  'meeting.recordConclusion',
  'actionItem.update',
  'phase.override',
  'session.revoke',
  'audit.read',
  // Running the programme (issue 12): its plans, topics and milestones, and its lists and reports.
  'plan.create',
  'plan.edit',
  'topic.create',
  'milestone.create',
  'program.export',
  // A plan's approvals, issue and filing (issue 12; modules/approval).
  'approval.request',
  'approval.decide',
  'plan.issue',
  // Who belongs to the leading group, the working group and the expert team (issue 12; modules/person).
  'person.memberships',
  // Public consultation (issue 14; modules/consultation): open and close rounds, moderate what the public sends.
  'consultation.run',
  // 衔接 (issue 15; modules/alignment): a plan's indicators, and the higher plans' targets they cite.
  'indicator.edit',
  'higherTarget.define',
] as const;
export type Action = (typeof ACTIONS)[number];

/** The role each group stands for: its members may do what that role may. */
const ROLE_OF_GROUP: Record<GroupKind, ProgramRole> = {
  LEADING_GROUP: 'LEADING_GROUP',
  WORKING_GROUP: 'WORKING_GROUP',
  EXPERT_TEAM: 'EXPERT',
};

/** The roles someone counts as: their own, and the one each of their groups stands for. */
const rolesOf = (who: { role: ProgramRole; groups?: readonly GroupKind[] }): ProgramRole[] => [
  who.role,
  ...(who.groups ?? []).map((g) => ROLE_OF_GROUP[g]),
];

/**
 * Whether the actor acts for `group`: by their role (LEADING_GROUP, WORKING_GROUP, EXPERT) or by a
 * membership. Every rule that means "the leading group", "the working group" or "an expert" asks this.
 */
export function acts(actor: Pick<Actor, 'role' | 'groups'>, group: GroupKind): boolean {
  return rolesOf(actor).includes(ROLE_OF_GROUP[group]);
}

/** The administrator and the working group run the programme. */
const runs = (actor: Actor) => actor.role === 'ADMIN' || acts(actor, 'WORKING_GROUP');

/**
 * Who may comment on a draft at each stage: the internal rounds are for the groups and units;
 * the consultation draft also for experts; the draft for approval for the groups and experts;
 * an approved or issued plan is closed.
 */
export const COMMENTERS: Record<DraftStage, ReadonlySet<ProgramRole>> = {
  OUTLINE: new Set(['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'UNIT_MEMBER']),
  FRAMEWORK: new Set(['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'UNIT_MEMBER']),
  CONSULTATION: new Set(['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'UNIT_MEMBER', 'EXPERT']),
  REVIEW: new Set(['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'EXPERT']),
  APPROVED: new Set(),
  ISSUED: new Set(),
};

const memberOf = (actor: Actor, unitId: string) => actor.role === 'UNIT_MEMBER' && actor.unitId === unitId;

/** Whether someone's role, or a group of theirs, may comment at `stage`. */
const commentsAt = (who: { role: ProgramRole; groups?: readonly GroupKind[] }, stage: DraftStage) =>
  rolesOf(who).some((r) => COMMENTERS[stage].has(r));

/**
 * Who may comment on a plan's draft at `stage`: COMMENTERS by role or group; the plan's
 * co-operating units at the stages unit members may; and, on the 征求意见稿, liaisons of other
 * provincial departments (observers of an EXTERNAL unit), whom the document's 征求意见 asks.
 */
function mayComment(actor: Actor, stage: DraftStage, coUnitIds: readonly string[]): boolean {
  if (commentsAt(actor, stage)) return true;
  if (COMMENTERS[stage].has('UNIT_MEMBER') && coUnitIds.some((u) => memberOf(actor, u))) return true;
  return stage === 'CONSULTATION' && actor.role === 'OBSERVER' && actor.unitKind === 'EXTERNAL';
}

/**
 * The one policy. Every resolver asks it; it is tested as a table of role × action × subject.
 * Everyone signed in to a programme may read it; the working group runs it; a unit member may
 * update the items that belong to their own unit.
 */
export function can(actor: Actor | null, action: Action, subject: Subject): boolean {
  if (!actor || actor.programId !== subject.programId) return false;
  switch (action) {
    case 'program.read':
      return true;
    case 'person.invite':
    case 'person.memberships':
    case 'consultation.run':
      // Who joins the programme, and who belongs to its leading group, working group and expert team.
      return runs(actor);
    case 'milestone.update':
      if (runs(actor)) return true;
      return (
        subject.type === 'milestone' &&
        actor.role === 'UNIT_MEMBER' &&
        actor.unitId !== null &&
        actor.unitId === subject.ownerUnitId
      );
    case 'topic.update':
      if (runs(actor)) return true;
      return (
        subject.type === 'topic' &&
        actor.role === 'UNIT_MEMBER' &&
        actor.unitId !== null &&
        actor.unitId === subject.leadUnitId
      );
    case 'draft.create':
    case 'indicator.edit':
      // The plan's lead unit writes its drafts and keeps its indicators; the working group may act on its behalf.
      return runs(actor) || (subject.type === 'plan' && memberOf(actor, subject.leadUnitId));
    case 'draft.export':
      return (
        runs(actor) || acts(actor, 'LEADING_GROUP') || (subject.type === 'draft' && memberOf(actor, subject.leadUnitId))
      );
    case 'thread.start':
      return subject.type === 'draft' && mayComment(actor, subject.stage, subject.coUnitIds);
    case 'thread.reply':
      // The unit that must answer may always answer, as may the one who asked.
      return (
        subject.type === 'thread' &&
        (mayComment(actor, subject.stage, subject.coUnitIds) ||
          memberOf(actor, subject.assignedUnitId) ||
          (actor.id === subject.authorId && subject.stage !== 'APPROVED' && subject.stage !== 'ISSUED'))
      );
    case 'thread.dispose':
      return runs(actor) || (subject.type === 'thread' && memberOf(actor, subject.assignedUnitId));
    case 'thread.reopen':
      return runs(actor);
    case 'thread.withdraw':
    case 'comment.edit':
      return (subject.type === 'thread' || subject.type === 'comment') && actor.id === subject.authorId;
    case 'review.assign':
      return runs(actor);
    case 'review.respond':
      return subject.type === 'assignment' && actor.id === subject.expertId;
    case 'review.board':
      return runs(actor) || acts(actor, 'LEADING_GROUP');
    case 'meeting.log':
      // The working group logs any meeting; a unit logs the ones it hosts.
      return runs(actor) || (subject.type === 'meeting' && memberOf(actor, subject.hostUnitId));
    case 'review.readSealed':
      // Sealed reviews: until the expert submits, or the due date passes, what an expert writes
      // in a review (its threads, their replies, and every summary, event, notification, count and
      // search hit that carries them) is read only by that expert and by the working group, so
      // that experts judge independently and the lead unit answers a finished review.
      // modules/review/visibility.ts applies this rule to every reader; its SQL form mirrors it.
      return (
        runs(actor) ||
        (subject.type === 'sealed' && (subject.unsealed || (actor.reviewer !== false && actor.id === subject.expertId)))
      );
    case 'meeting.edit':
      // A meeting's details (kind, title, date, place, host unit, plans, attendees, agenda) and its
      // action items: the working group and the host unit — not those who merely attended.
      return runs(actor) || (subject.type === 'meeting' && memberOf(actor, subject.hostUnitId));
    case 'meeting.minutes':
      // The minutes are written together: the working group, the host unit, and those who attended.
      return (
        runs(actor) ||
        (subject.type === 'meeting' && (memberOf(actor, subject.hostUnitId) || subject.attendeeIds.includes(actor.id)))
      );
    case 'meeting.recordOpinion':
      // An opinion raised in a meeting is recorded by the working group or the host unit. It stands
      // in the name of an attendee of that meeting (raisedBy), whose role must be one that may
      // comment on the draft at its stage (COMMENTERS) — a meeting is no way round the stage rules;
      // without raisedBy (the recorder's own, or an outside guest's words the recorder vouches
      // for), the recorder's role must be. The comment deadline applies as to any comment
      // (thread.service.ts checks it: it is a matter of the clock, not of who asks).
      if (subject.type !== 'meetingOpinion') return false;
      if (!runs(actor) && !memberOf(actor, subject.hostUnitId)) return false;
      if (!subject.raisedBy) return commentsAt(actor, subject.stage);
      return subject.attendeeIds.includes(subject.raisedBy.id) && commentsAt(subject.raisedBy, subject.stage);
    case 'meeting.recordConclusion':
      // The conclusion of an expert review meeting (专家论证会) or a leading group meeting is the
      // programme's formal finding on a draft (专家论证 and 领导小组审议 cite it): the working group
      // records it; a leading group meeting's, a member of the leading group too. Other kinds have none.
      if (subject.type !== 'meeting') return false;
      if (subject.kind === 'EXPERT_REVIEW') return runs(actor);
      if (subject.kind === 'LEADING_GROUP') return runs(actor) || acts(actor, 'LEADING_GROUP');
      return false;
    case 'session.revoke':
    case 'audit.read':
      // Ending someone else's sessions and reading the audit log: the administrator alone.
      return actor.role === 'ADMIN';
    case 'phase.override':
      return runs(actor);
    case 'plan.create':
    case 'plan.edit':
    case 'higherTarget.define':
    case 'topic.create':
    case 'milestone.create':
      // The "1+X" plans, the research topics and the timeline are the working group's to keep.
      return runs(actor);
    case 'program.export':
      // 附件1, 附件2 and the progress report: for those who run the programme and those who lead it.
      return runs(actor) || acts(actor, 'LEADING_GROUP');
    // ── A plan's approvals, issue and filing (issue 12; modules/approval) ──
    case 'approval.request':
      // The working group sends a 送审稿 to 专家论证, to the leading group and to the government.
      return runs(actor);
    case 'approval.decide':
      // 专家论证 is decided by the working group on the 专家论证会's conclusion; the government's
      // approval is recorded by the working group; the leading group's review is decided by a member
      // of the leading group (its role today; memberships may widen who counts as one).
      if (subject.type !== 'approval') return false;
      if (subject.step === 'LEADING_GROUP_REVIEW') return acts(actor, 'LEADING_GROUP');
      return runs(actor);
    case 'plan.issue':
      // 印发 (文号, date, issuer) and 备案 are recorded by the working group.
      return runs(actor);
    // ── end of approvals ──
    case 'actionItem.update':
      return (
        runs(actor) ||
        (subject.type === 'actionItem' && (memberOf(actor, subject.hostUnitId) || memberOf(actor, subject.ownerUnitId)))
      );
  }
}
