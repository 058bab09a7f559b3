/**
 * Every kind of event the log holds, and the streams they are filed under. Subscriptions filter
 * by stream; the programme's feed takes what everyone in it may see.
 */
export const EVENT_KINDS = [
  'program.seeded',
  'milestone.updated',
  'topic.updated',
  'person.invited',
  'person.joined',
  'draft.created',
  'thread.started',
  'thread.replied',
  'thread.edited',
  'thread.disposed',
  'thread.reanchored',
  'notification.created',
  'notification.read',
  'review.assigned',
  'review.responded',
  'review.submitted',
  'review.overdue',
  'meeting.logged',
  'meeting.updated',
  'meeting.minutes',
  'meeting.actionItem',
  'meeting.opinion',
  'phase.gateOverridden',
  // On the person's own stream: every process closes that session's sockets (auth/session-watch.ts).
  'session.revoked',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const streams = {
  program: (programId: string) => `program:${programId}`,
  draft: (draftId: string) => `draft:${draftId}`,
  /** One person's own: their notifications. */
  person: (personId: string) => `person:${personId}`,
  meeting: (meetingId: string) => `meeting:${meetingId}`,
} as const;

// Private to one person, or too chatty for a feed.
export const NOT_IN_FEED: ReadonlySet<EventKind> = new Set([
  'notification.created',
  'notification.read',
  'meeting.minutes',
  // The thread events of the same opinion already tell the feed.
  'meeting.opinion',
  'session.revoked',
]);

/** Whether an event belongs in the programme's shared feed (programEvents, the activity list). */
export function inProgramFeed(e: { stream: string; kind: EventKind }): boolean {
  return !e.stream.startsWith('person:') && !NOT_IN_FEED.has(e.kind);
}
