import type { ProgramRole } from '@gongbian/graphql-client';

// Which meeting actions to offer. The server decides (auth/policy.ts: meeting.log, meeting.edit,
// meeting.minutes, meeting.recordOpinion, actionItem.update) and answers FORBIDDEN otherwise; this mirror keeps buttons away from people
// for whom they obviously cannot work.

export interface MeetingViewer {
  id: string;
  role: ProgramRole;
  unit: { id: string } | null;
}

interface MeetingFacts {
  hostUnit: { id: string };
  attendees: readonly { id: string }[];
}

const RUNS_THE_PROGRAMME: ReadonlySet<ProgramRole> = new Set(['ADMIN', 'WORKING_GROUP']);

const memberOf = (viewer: MeetingViewer, unitId: string) => viewer.role === 'UNIT_MEMBER' && viewer.unit?.id === unitId;

/** The working group logs any meeting; a unit member logs the meetings their own unit hosts. */
export const mayLogMeeting = (viewer: MeetingViewer) =>
  RUNS_THE_PROGRAMME.has(viewer.role) || (viewer.role === 'UNIT_MEMBER' && viewer.unit !== null);

/** The host unit a person must name when logging: their own unless they run the programme. */
export const fixedHostUnit = (viewer: MeetingViewer): string | null =>
  RUNS_THE_PROGRAMME.has(viewer.role) ? null : (viewer.unit?.id ?? null);

/** Details, action items and recorded opinions: the working group and the host unit. */
export const mayEditMeeting = (viewer: MeetingViewer, meeting: Pick<MeetingFacts, 'hostUnit'>) =>
  RUNS_THE_PROGRAMME.has(viewer.role) || memberOf(viewer, meeting.hostUnit.id);

/** The minutes are written together: also those who attended. */
export const mayEditMinutes = (viewer: MeetingViewer, meeting: MeetingFacts) =>
  mayEditMeeting(viewer, meeting) || meeting.attendees.some((a) => a.id === viewer.id);

/** An action item's status: also the unit responsible for it (attendees as such may not). */
export const mayUpdateActionItem = (viewer: MeetingViewer, meeting: MeetingFacts, ownerUnitId: string) =>
  RUNS_THE_PROGRAMME.has(viewer.role) || memberOf(viewer, meeting.hostUnit.id) || memberOf(viewer, ownerUnitId);
