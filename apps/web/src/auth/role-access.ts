import type { GroupKind, ProgramRole } from '@gongbian/graphql-client';

// What a role alone opens: pages, nav entries and programme-wide actions, where there is no
// thread, draft or meeting to ask `viewerCan` of. Each entry mirrors the rule of the server's one
// policy (apps/server/src/auth/policy.ts) named beside it, and the server refuses anything else
// anyway. Everything about a particular object is asked of that object's `viewerCan`, never here.

export interface RoleViewer {
  id: string;
  role: ProgramRole;
  unit?: { id: string } | null;
  /** Leading group, working group, expert team: the policy counts a member as that group's role (`acts`). */
  memberships?: readonly { group: GroupKind }[] | null;
}

/** The server policy's `acts`: the role, or a membership of the group that role names. */
const acts = (v: RoleViewer, role: 'WORKING_GROUP' | 'LEADING_GROUP' | 'EXPERT', group: GroupKind) =>
  v.role === role || !!v.memberships?.some((m) => m.group === group);
const runsTheProgramme = (v: RoleViewer) => v.role === 'ADMIN' || acts(v, 'WORKING_GROUP', 'WORKING_GROUP');
const leads = (v: RoleViewer) => acts(v, 'LEADING_GROUP', 'LEADING_GROUP');

const ACCESS = {
  /** review.board: every plan's reviews at a glance */
  reviewBoard: (v) => runsTheProgramme(v) || leads(v),
  /** review.respond: an expert's own review invitations */
  myReviews: (v) => acts(v, 'EXPERT', 'EXPERT_TEAM'),
  /** review.assign (whether a given draft can still take reviewers is its viewerCan.assignReview) */
  assignReviews: runsTheProgramme,
  /** phase.override */
  overridePhase: runsTheProgramme,
  /** meeting.log: the working group logs any meeting, a unit member the ones their unit hosts */
  logMeeting: (v) => runsTheProgramme(v) || (v.role === 'UNIT_MEMBER' && !!v.unit),
  /** meeting.log for any host unit; everyone else hosts as their own unit */
  hostAnyMeeting: runsTheProgramme,
  /** thread.start with source PUBLIC (thread.service.ts): opinions sent in by the public */
  recordPublicOpinion: runsTheProgramme,
  /** program.export: 附件1, 附件2 and the 进度报告 (the programme has no viewerCan to ask) */
  exportProgramme: (v) => runsTheProgramme(v) || leads(v),
  /** plan.issue for 备案: Plan.viewerCan.issue answers for 印发 only (it turns false once issued) */
  recordFiling: runsTheProgramme,
  /** plan.create, plan.edit, topic.create, milestone.create, person.memberships: the settings pages */
  keepProgramme: runsTheProgramme,
  /** consultation.run: 开门编规划's rounds (open, close) and their moderation queue */
  runConsultation: runsTheProgramme,
} satisfies Record<string, (viewer: RoleViewer) => boolean>;

export type RoleAccess = keyof typeof ACCESS;

export const viewerMay = (viewer: RoleViewer | null | undefined, access: RoleAccess): boolean =>
  !!viewer && ACCESS[access](viewer);
