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

export const BLOCK_KINDS = ['HEADING', 'PARAGRAPH', 'LIST_ITEM', 'TABLE'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const DRAFT_FORMATS = ['MARKDOWN', 'DOCX'] as const;
export type DraftFormat = (typeof DRAFT_FORMATS)[number];

export const ANCHOR_STATES = ['ATTACHED', 'MOVED', 'ORPHANED'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

/** ALIGNMENT: raised by the 衔接 checks (modules/alignment), never by a person's request. */
export const THREAD_SOURCES = ['ONLINE', 'MEETING', 'REVIEW', 'PUBLIC', 'ALIGNMENT'] as const;
export type ThreadSource = (typeof THREAD_SOURCES)[number];

/** Whether an adopted opinion reached the next version (modules/thread/adoption.ts). */
export const ADOPTION_STATES = ['AWAITING_VERSION', 'REFLECTED', 'NOT_REFLECTED', 'PASSAGE_REMOVED'] as const;
export type AdoptionState = (typeof ADOPTION_STATES)[number];
/** 落实情况 in words, for the log's summaries and the 意见采纳情况表. */
export const ADOPTION_STATE_ZH: Record<AdoptionState, string> = {
  AWAITING_VERSION: '待新版本核对',
  REFLECTED: '已落实',
  NOT_REFLECTED: '未落实',
  PASSAGE_REMOVED: '原文已删除',
};

export const THREAD_STATUSES = ['OPEN', 'ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'WITHDRAWN'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

export const EXPORT_FORMATS = ['DOCX', 'XLSX'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const REVIEW_VERDICTS = ['APPROVE', 'APPROVE_WITH_REVISIONS', 'REJECT'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

export const ASSIGNMENT_STATUSES = ['INVITED', 'ACCEPTED', 'DECLINED', 'SUBMITTED'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const MEETING_KINDS = [
  'SYMPOSIUM',
  'FIELD_RESEARCH',
  'SOLICITATION',
  'EXPERT_REVIEW',
  'LEADING_GROUP',
  'ALIGNMENT',
  'OTHER',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** What a 专家论证会 or a 领导小组会议 concluded. */
export const MEETING_VERDICTS = ['PASSED', 'PASSED_WITH_REVISIONS', 'NOT_PASSED'] as const;
export type MeetingVerdict = (typeof MEETING_VERDICTS)[number];

/** The programme's groups a person may belong to, besides (and apart from) their one role. */
export const GROUP_KINDS = ['LEADING_GROUP', 'WORKING_GROUP', 'EXPERT_TEAM'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** A plan's approvals after its 送审稿 (issue 12): 专家论证, 领导小组审议, 省政府审批, in that order. */
export const APPROVAL_STEPS = ['EXPERT_ARGUMENT', 'LEADING_GROUP_REVIEW', 'GOVERNMENT_APPROVAL'] as const;
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];
export const APPROVAL_DECISIONS = ['PENDING', 'APPROVED', 'RETURNED'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** The Chinese names of statuses, as the official documents and the log's summaries write them. */
export const WORK_STATUS_ZH: Record<WorkStatus, string> = {
  PLANNED: '未开始',
  IN_PROGRESS: '进行中',
  DONE: '已完成',
  BLOCKED: '受阻',
};
export const THREAD_STATUS_ZH: Record<ThreadStatus, string> = {
  OPEN: '待处理',
  ADOPTED: '采纳',
  PARTLY_ADOPTED: '部分采纳',
  NOT_ADOPTED: '不采纳',
  WITHDRAWN: '已撤回',
};
