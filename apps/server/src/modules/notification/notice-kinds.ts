/** The kinds of notice a person may receive; the client words each from its facts (modules/activity). */
export const NOTICE_KINDS = [
  'mention',
  'reply',
  'disposition',
  'review.assigned',
  'review.overdue',
  // A new opinion on a draft of a plan the reader's unit leads (and must answer) or co-operates on (thread.service.ts).
  'opinion',
  // 督查 (reminders.ts): an overdue item of the reader's unit, and the weekly digest.
  'overdue',
  'digest',
  // 采纳 means done (modules/thread/adoption.ts): the author's adopted opinion reached the text; a new
  // version leaves adopted opinions not reflected (to the lead unit; subject: that version).
  'adoption',
  'adoption-gap',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
