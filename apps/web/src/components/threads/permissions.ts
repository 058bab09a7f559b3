import type { DraftStage, ProgramRole, ThreadStatus } from '@gongbian/graphql-client';

// Which actions to offer. The server decides (auth/policy.ts) and answers FORBIDDEN otherwise;
// this mirror only keeps buttons away from people for whom they obviously cannot work.

export interface Viewer {
  id: string;
  role: ProgramRole;
  unit: { id: string } | null;
}

const RUNS_THE_PROGRAMME: ReadonlySet<ProgramRole> = new Set(['ADMIN', 'WORKING_GROUP']);

const COMMENTERS: Record<DraftStage, ReadonlySet<ProgramRole>> = {
  OUTLINE: new Set(['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'UNIT_MEMBER']),
  FRAMEWORK: new Set(['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'UNIT_MEMBER']),
  CONSULTATION: new Set(['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'UNIT_MEMBER', 'EXPERT']),
  REVIEW: new Set(['ADMIN', 'WORKING_GROUP', 'LEADING_GROUP', 'EXPERT']),
  APPROVED: new Set(),
  ISSUED: new Set(),
};

const memberOf = (viewer: Viewer, unitId: string) => viewer.role === 'UNIT_MEMBER' && viewer.unit?.id === unitId;

interface ThreadFacts {
  status: ThreadStatus;
  author: { id: string };
  assignedUnit: { id: string };
}

export const mayComment = (viewer: Viewer, stage: DraftStage) => COMMENTERS[stage].has(viewer.role);

export const mayPublish = (viewer: Viewer, leadUnitId: string) =>
  RUNS_THE_PROGRAMME.has(viewer.role) || memberOf(viewer, leadUnitId);

export const mayExport = (viewer: Viewer, leadUnitId: string) =>
  RUNS_THE_PROGRAMME.has(viewer.role) || viewer.role === 'LEADING_GROUP' || memberOf(viewer, leadUnitId);

export const mayReply = (viewer: Viewer, stage: DraftStage, thread: ThreadFacts) =>
  COMMENTERS[stage].has(viewer.role) ||
  memberOf(viewer, thread.assignedUnit.id) ||
  (viewer.id === thread.author.id && stage !== 'APPROVED' && stage !== 'ISSUED');

/** 采纳 / 部分采纳 / 不采纳: the unit that must answer, or the working group; an open thread only. */
export const mayDecide = (viewer: Viewer, thread: ThreadFacts) =>
  thread.status === 'OPEN' && (RUNS_THE_PROGRAMME.has(viewer.role) || memberOf(viewer, thread.assignedUnit.id));

export const mayWithdraw = (viewer: Viewer, thread: ThreadFacts) =>
  thread.status === 'OPEN' && viewer.id === thread.author.id;

export const mayReopen = (viewer: Viewer, thread: ThreadFacts) =>
  thread.status !== 'OPEN' && RUNS_THE_PROGRAMME.has(viewer.role);

export const mayEditComment = (viewer: Viewer, comment: { author: { id: string } }) => viewer.id === comment.author.id;
