import type { EventKind } from './event-payloads.js';

export type { EventKind };

/** The streams events are filed under: subscriptions filter by stream. */
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
  'minutes.typed',
  // The thread events of the same opinion already tell the feed.
  'meeting.opinion',
  'session.revoked',
]);

/** Whether an event belongs in the programme's shared feed (programEvents, the activity list). */
export function inProgramFeed(e: { stream: string; kind: EventKind }): boolean {
  return !e.stream.startsWith('person:') && !NOT_IN_FEED.has(e.kind);
}
