/** The kinds of notice a person may receive; the client words each from its facts (modules/activity). */
export const NOTICE_KINDS = ['mention', 'reply', 'disposition', 'review.assigned', 'review.overdue'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
