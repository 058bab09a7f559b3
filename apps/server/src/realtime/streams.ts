import type { EventKind } from './event-payloads.js';

export type { EventKind };

/** The streams events are filed under: subscriptions filter by stream. */
export const streams = {
  program: (programId: string) => `program:${programId}`,
  draft: (draftId: string) => `draft:${draftId}`,
  /** One person's own: their notifications. */
  person: (personId: string) => `person:${personId}`,
  meeting: (meetingId: string) => `meeting:${meetingId}`,
  /** A round of public consultation: what the public sends and how it is moderated. */
  consultation: (consultationId: string) => `consultation:${consultationId}`,
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
  // The public's opinions arrive by the thousand; the round's moderation page follows them.
  'public-opinion.submitted',
  // One per adopted opinion at each new version: draft.created already tells the feed.
  'thread.adoption-checked',
]);

/** Whether an event belongs in the programme's shared feed (programEvents, the activity list). */
export function inProgramFeed(e: { stream: string; kind: EventKind }): boolean {
  return !e.stream.startsWith('person:') && !NOT_IN_FEED.has(e.kind);
}
