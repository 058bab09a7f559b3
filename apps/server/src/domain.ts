// The domain's vocabulary, shared by entities, GraphQL types and the policy.
export const WORK_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const PROGRAM_ROLES = ['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'UNIT_MEMBER', 'EXPERT', 'OBSERVER'] as const;
export type ProgramRole = (typeof PROGRAM_ROLES)[number];

export const UNIT_KINDS = ['DIVISION', 'AFFILIATED', 'EXTERNAL'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const PLAN_KINDS = ['MASTER', 'SPECIAL'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const DRAFT_STAGES = ['OUTLINE', 'FRAMEWORK', 'CONSULTATION', 'REVIEW', 'APPROVED', 'ISSUED'] as const;
export type DraftStage = (typeof DRAFT_STAGES)[number];
