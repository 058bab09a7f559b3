/**
 * Every kind of event the log holds, and the stream each is filed under. Subscriptions filter by
 * stream; programEvents takes every event of its programme.
 */
export const EVENT_KINDS = [
  'program.seeded',
  'milestone.updated',
  'topic.updated',
  'person.invited',
  'person.joined',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const streams = {
  program: (programId: string) => `program:${programId}`,
} as const;
