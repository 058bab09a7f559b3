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
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
