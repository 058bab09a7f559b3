import { type Actor, can, type Subject } from '../../auth/policy.js';
import type { DraftStage, GroupKind, ProgramRole } from '../../domain.js';
import type { Context } from '../../graphql/context.js';
import { commentWindowRefusal } from '../draft/index.js';
import type { MeetingEntity } from './meeting.entity.js';
import { meetingDrafts, meetingParts } from './meeting.loaders.js';
import { type Meeting, MeetingPermissions } from './meeting.types.js';
import { hasTakenPlace } from './meeting-conclusion.js';

/** The facts the policy looks at for a meeting; the mutations and viewerCan both build it here. */
export function meetingSubjectOf(
  meeting: Pick<MeetingEntity, 'programId' | 'hostUnitId' | 'kind'>,
  attendeeIds: readonly string[],
): Subject & { type: 'meeting' } {
  return {
    type: 'meeting',
    programId: meeting.programId,
    hostUnitId: meeting.hostUnitId,
    attendeeIds,
    kind: meeting.kind,
  };
}

/** The facts the policy looks at for an action item; updateActionItem and viewerCan both build it here. */
export function actionItemSubject(
  item: { programId: string; ownerUnitId: string },
  meeting: { hostUnitId: string },
): Subject & { type: 'actionItem' } {
  return {
    type: 'actionItem',
    programId: item.programId,
    hostUnitId: meeting.hostUnitId,
    ownerUnitId: item.ownerUnitId,
  };
}

interface MeetingFacts {
  attendees: { id: string; role: ProgramRole; groups: GroupKind[] }[];
  /** The newest draft of each plan an opinion from this meeting may be about (startThread's rule). */
  drafts: { stage: DraftStage; commentDeadline: Date | null }[];
}

// The attendees come with Meeting.attendees (one read for both), the drafts for every meeting on the page at once.
async function meetingFacts(ctx: Context, meetingId: string): Promise<MeetingFacts> {
  const [parts, drafts] = await Promise.all([meetingParts(ctx).load(meetingId), meetingDrafts(ctx).load(meetingId)]);
  const attendees = parts.attendees.map((p) => ({ id: p.id, role: p.role, groups: parts.attendeeGroups[p.id] ?? [] }));
  return { attendees, drafts };
}

/**
 * Whether some opinion could be recorded from this meeting now: a draft it concerned is open for
 * comments (commentWindowRefusal, as startThread asks) and the policy's 'meeting.recordOpinion'
 * allows the viewer to record it in the name of an attendee, or in their own.
 */
function mayRecordOpinion(actor: Actor, meeting: Meeting, facts: MeetingFacts, now: Date): boolean {
  const stages = new Set(facts.drafts.filter((d) => commentWindowRefusal(d, true, now) === null).map((d) => d.stage));
  const attendeeIds = facts.attendees.map((a) => a.id);
  const voices = [null, ...facts.attendees];
  return [...stages].some((stage) =>
    voices.some((raisedBy) =>
      can(actor, 'meeting.recordOpinion', {
        type: 'meetingOpinion',
        programId: meeting.programId,
        hostUnitId: meeting.hostUnitId,
        attendeeIds,
        stage,
        raisedBy,
      }),
    ),
  );
}

/** What the viewer may do with a meeting: what logMeeting's siblings (update, minutes, items) check. */
export async function meetingPermissions(ctx: Context, meeting: Meeting): Promise<MeetingPermissions> {
  const actor = ctx.actor;
  if (!actor) {
    return Object.assign(new MeetingPermissions(), {
      edit: false,
      editMinutes: false,
      addActionItem: false,
      recordOpinion: false,
      recordConclusion: false,
    });
  }
  const facts = await meetingFacts(ctx, meeting.id);
  const subject = meetingSubjectOf(
    meeting,
    facts.attendees.map((a) => a.id),
  );
  return Object.assign(new MeetingPermissions(), {
    edit: can(actor, 'meeting.edit', subject),
    editMinutes: can(actor, 'meeting.minutes', subject),
    addActionItem: can(actor, 'meeting.edit', subject),
    recordOpinion: mayRecordOpinion(actor, meeting, facts, ctx.clock.now()),
    // The mutation's two rules, so the page offers it exactly when recordMeetingConclusion would take it.
    recordConclusion:
      can(actor, 'meeting.recordConclusion', subject) && hasTakenPlace(meeting.startsAt, ctx.clock.today()),
  });
}
