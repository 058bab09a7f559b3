import type { DraftStage, MeetingKind, ProgramRole } from '../domain.js';

/** Who is asking. Null when nobody has signed in. */
export interface Actor {
  id: string;
  programId: string;
  role: ProgramRole;
  unitId: string | null;
  name: string;
}

/** What an action is about; only the facts the rules look at. */
export type Subject =
  | { type: 'program'; programId: string }
  | { type: 'milestone'; programId: string; ownerUnitId: string | null }
  | { type: 'topic'; programId: string; leadUnitId: string }
  | { type: 'plan'; programId: string; leadUnitId: string }
  | { type: 'draft'; programId: string; stage: DraftStage; leadUnitId: string }
  | { type: 'thread'; programId: string; stage: DraftStage; assignedUnitId: string; authorId: string }
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
      raisedBy: { id: string; role: ProgramRole } | null;
    }
  /** Something sealed by an expert review: its expert, and whether the review is submitted or past due. */
  | { type: 'sealed'; programId: string; expertId: string; unsealed: boolean }
  | { type: 'actionItem'; programId: string; hostUnitId: string; ownerUnitId: string };

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
] as const;
export type Action = (typeof ACTIONS)[number];

const RUNS_THE_PROGRAMME: ReadonlySet<ProgramRole> = new Set(['ADMIN', 'WORKING_GROUP']);

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
      return RUNS_THE_PROGRAMME.has(actor.role);
    case 'milestone.update':
      if (RUNS_THE_PROGRAMME.has(actor.role)) return true;
      return (
        subject.type === 'milestone' &&
        actor.role === 'UNIT_MEMBER' &&
        actor.unitId !== null &&
        actor.unitId === subject.ownerUnitId
      );
    case 'topic.update':
      if (RUNS_THE_PROGRAMME.has(actor.role)) return true;
      return (
        subject.type === 'topic' &&
        actor.role === 'UNIT_MEMBER' &&
        actor.unitId !== null &&
        actor.unitId === subject.leadUnitId
      );
    case 'draft.create':
      // The plan's lead unit writes its drafts; the working group may publish on its behalf.
      return RUNS_THE_PROGRAMME.has(actor.role) || (subject.type === 'plan' && memberOf(actor, subject.leadUnitId));
    case 'draft.export':
      return (
        RUNS_THE_PROGRAMME.has(actor.role) ||
        actor.role === 'LEADING_GROUP' ||
        (subject.type === 'draft' && memberOf(actor, subject.leadUnitId))
      );
    case 'thread.start':
      return subject.type === 'draft' && COMMENTERS[subject.stage].has(actor.role);
    case 'thread.reply':
      // The unit that must answer may always answer, as may the one who asked.
      return (
        subject.type === 'thread' &&
        (COMMENTERS[subject.stage].has(actor.role) ||
          memberOf(actor, subject.assignedUnitId) ||
          (actor.id === subject.authorId && subject.stage !== 'APPROVED' && subject.stage !== 'ISSUED'))
      );
    case 'thread.dispose':
      return (
        RUNS_THE_PROGRAMME.has(actor.role) || (subject.type === 'thread' && memberOf(actor, subject.assignedUnitId))
      );
    case 'thread.reopen':
      return RUNS_THE_PROGRAMME.has(actor.role);
    case 'thread.withdraw':
    case 'comment.edit':
      return (subject.type === 'thread' || subject.type === 'comment') && actor.id === subject.authorId;
    case 'review.assign':
      return RUNS_THE_PROGRAMME.has(actor.role);
    case 'review.respond':
      return subject.type === 'assignment' && actor.id === subject.expertId;
    case 'review.board':
      return RUNS_THE_PROGRAMME.has(actor.role) || actor.role === 'LEADING_GROUP';
    case 'meeting.log':
      // The working group logs any meeting; a unit logs the ones it hosts.
      return RUNS_THE_PROGRAMME.has(actor.role) || (subject.type === 'meeting' && memberOf(actor, subject.hostUnitId));
    case 'review.readSealed':
      // Sealed reviews: until the expert submits, or the due date passes, what an expert writes
      // in a review (its threads, their replies, and every summary, event, notification, count and
      // search hit that carries them) is read only by that expert and by the working group, so
      // that experts judge independently and the lead unit answers a finished review.
      // modules/review/visibility.ts applies this rule to every reader; its SQL form mirrors it.
      return (
        RUNS_THE_PROGRAMME.has(actor.role) ||
        (subject.type === 'sealed' && (subject.unsealed || actor.id === subject.expertId))
      );
    case 'meeting.edit':
      // A meeting's details (kind, title, date, place, host unit, plans, attendees, agenda) and its
      // action items: the working group and the host unit — not those who merely attended.
      return RUNS_THE_PROGRAMME.has(actor.role) || (subject.type === 'meeting' && memberOf(actor, subject.hostUnitId));
    case 'meeting.minutes':
      // The minutes are written together: the working group, the host unit, and those who attended.
      return (
        RUNS_THE_PROGRAMME.has(actor.role) ||
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
      if (!RUNS_THE_PROGRAMME.has(actor.role) && !memberOf(actor, subject.hostUnitId)) return false;
      if (!subject.raisedBy) return COMMENTERS[subject.stage].has(actor.role);
      return subject.attendeeIds.includes(subject.raisedBy.id) && COMMENTERS[subject.stage].has(subject.raisedBy.role);
    case 'meeting.recordConclusion':
      // The conclusion of an expert review meeting (专家论证会) is the programme's formal finding on
      // a draft: the working group records it, for that kind of meeting only (issue 12 adds the
      // feature; the client asks now so it never keeps its own copy of the rule).
      return RUNS_THE_PROGRAMME.has(actor.role) && subject.type === 'meeting' && subject.kind === 'EXPERT_REVIEW';
    case 'session.revoke':
    case 'audit.read':
      // Ending someone else's sessions and reading the audit log: the administrator alone.
      return actor.role === 'ADMIN';
    case 'phase.override':
      return RUNS_THE_PROGRAMME.has(actor.role);
    case 'actionItem.update':
      return (
        RUNS_THE_PROGRAMME.has(actor.role) ||
        (subject.type === 'actionItem' && (memberOf(actor, subject.hostUnitId) || memberOf(actor, subject.ownerUnitId)))
      );
  }
}
