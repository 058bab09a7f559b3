import type { WorkStatus } from '@gongbian/graphql-client';

/** In the order work moves through them; BLOCKED last as the exception. */
export const WORK_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED'] as const satisfies readonly WorkStatus[];
