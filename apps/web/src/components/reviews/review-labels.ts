import type { AssignmentStatus, ReviewVerdict } from '@gongbian/graphql-client';

/** The three qualities the work plan asks of a plan: 前瞻性, 科学性, 可操作性. */
export const CRITERIA = ['foresight', 'scientific', 'operability'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const SCORES = [1, 2, 3, 4, 5] as const;

export const VERDICTS = ['APPROVE', 'APPROVE_WITH_REVISIONS', 'REJECT'] as const satisfies readonly ReviewVerdict[];

/** In the order an assignment moves through them. */
export const ASSIGNMENT_STATUSES = [
  'INVITED',
  'ACCEPTED',
  'SUBMITTED',
  'DECLINED',
] as const satisfies readonly AssignmentStatus[];

/** An average score to one decimal, or a dash when no review is in. */
export const formatAverage = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value.toFixed(1);
