import { describe, expect, it } from 'vitest';
import {
  DRAFT_STAGES,
  type DraftStage,
  GROUP_KINDS,
  type GroupKind,
  PROGRAM_ROLES,
  type ProgramRole,
} from '../domain.js';
import { ACTIONS, type Action, type Actor, can, type Subject } from './policy.js';

const P = 'programme-1';
const OWN = 'unit-own';
const OTHER = 'unit-other';
const ME = 'person-me';

const actor = (role: ProgramRole): Actor => ({
  id: ME,
  programId: P,
  role,
  unitId: OWN,
  unitKind: 'DIVISION',
  name: role,
  groups: [],
});

const draft = (stage: DraftStage, leadUnitId = OTHER, coUnitIds: string[] = []): Subject => ({
  type: 'draft',
  programId: P,
  stage,
  leadUnitId,
  coUnitIds,
});
const thread = (stage: DraftStage, assignedUnitId: string, authorId: string, coUnitIds: string[] = []): Subject => ({
  type: 'thread',
  programId: P,
  stage,
  assignedUnitId,
  authorId,
  coUnitIds,
});

const sealed = (expertId: string, unsealed: boolean): Subject => ({ type: 'sealed', programId: P, expertId, unsealed });
const LEADER = { id: 'a-leader', role: 'LEADING_GROUP' as const };
const MEMBER = { id: 'a-member', role: 'UNIT_MEMBER' as const };
const WATCHER = { id: 'an-observer', role: 'OBSERVER' as const };
const opinion = (
  hostUnitId: string,
  stage: DraftStage,
  raisedBy: { id: string; role: ProgramRole } | null,
  attendeeIds: string[],
): Subject => ({ type: 'meetingOpinion', programId: P, hostUnitId, stage, raisedBy, attendeeIds });

const meeting = (hostUnitId: string) => ({ type: 'meeting' as const, programId: P, hostUnitId, attendeeIds: [ME] });

// The subjects each action is asked about, in the order of the columns below.
const SUBJECTS: Record<Action, [string, Subject][]> = {
  'program.read': [['programme', { type: 'program', programId: P }]],
  'person.invite': [['programme', { type: 'program', programId: P }]],
  'milestone.update': [
    ['own unit', { type: 'milestone', programId: P, ownerUnitId: OWN }],
    ['other unit', { type: 'milestone', programId: P, ownerUnitId: OTHER }],
    ['no unit', { type: 'milestone', programId: P, ownerUnitId: null }],
  ],
  'topic.update': [
    ['own unit', { type: 'topic', programId: P, leadUnitId: OWN }],
    ['other unit', { type: 'topic', programId: P, leadUnitId: OTHER }],
  ],
  'draft.create': [
    ['own unit leads the plan', { type: 'plan', programId: P, leadUnitId: OWN }],
    ['another unit leads it', { type: 'plan', programId: P, leadUnitId: OTHER }],
  ],
  'draft.export': [
    ['own unit leads the plan', draft('CONSULTATION', OWN)],
    ['another unit leads it', draft('CONSULTATION', OTHER)],
  ],
  'thread.start': DRAFT_STAGES.map((stage) => [stage, draft(stage)]),
  'thread.reply': [
    ['consultation, someone else’s', thread('CONSULTATION', OTHER, 'someone')],
    ['review, someone else’s', thread('REVIEW', OTHER, 'someone')],
    ['review, assigned to own unit', thread('REVIEW', OWN, 'someone')],
    ['review, own thread', thread('REVIEW', OTHER, ME)],
    ['issued, own thread', thread('ISSUED', OTHER, ME)],
  ],
  'thread.dispose': [
    ['assigned to own unit', thread('CONSULTATION', OWN, 'someone')],
    ['assigned to another unit', thread('CONSULTATION', OTHER, 'someone')],
  ],
  'thread.reopen': [['a decided thread', thread('CONSULTATION', OWN, 'someone')]],
  'thread.withdraw': [
    ['own thread', thread('CONSULTATION', OTHER, ME)],
    ['someone else’s', thread('CONSULTATION', OTHER, 'someone')],
  ],
  'comment.edit': [
    ['own comment', { type: 'comment', programId: P, authorId: ME }],
    ['someone else’s', { type: 'comment', programId: P, authorId: 'someone' }],
  ],
  'review.assign': [['a draft', { type: 'program', programId: P }]],
  'review.respond': [
    ['own assignment', { type: 'assignment', programId: P, expertId: ME }],
    ['someone else’s', { type: 'assignment', programId: P, expertId: 'someone' }],
  ],
  'review.board': [['a draft', { type: 'program', programId: P }]],
  'review.readSealed': [
    ['own review, sealed', sealed(ME, false)],
    ['another expert’s, sealed', sealed('someone', false)],
    ['another expert’s, submitted or past due', sealed('someone', true)],
  ],
  'meeting.log': [
    ['hosted by own unit', { type: 'meeting', programId: P, hostUnitId: OWN, attendeeIds: [] }],
    ['hosted by another unit', { type: 'meeting', programId: P, hostUnitId: OTHER, attendeeIds: [] }],
  ],
  'meeting.edit': [
    ['hosted by own unit', { type: 'meeting', programId: P, hostUnitId: OWN, attendeeIds: [] }],
    ['attended', { type: 'meeting', programId: P, hostUnitId: OTHER, attendeeIds: [ME] }],
    ['neither', { type: 'meeting', programId: P, hostUnitId: OTHER, attendeeIds: ['someone'] }],
  ],
  'meeting.minutes': [
    ['hosted by own unit', { type: 'meeting', programId: P, hostUnitId: OWN, attendeeIds: [] }],
    ['attended', { type: 'meeting', programId: P, hostUnitId: OTHER, attendeeIds: [ME] }],
    ['neither', { type: 'meeting', programId: P, hostUnitId: OTHER, attendeeIds: ['someone'] }],
  ],
  'meeting.recordOpinion': [
    ['own unit hosts; an attending leader’s, consultation', opinion(OWN, 'CONSULTATION', LEADER, [LEADER.id])],
    ['own unit hosts; a leader who did not attend', opinion(OWN, 'CONSULTATION', LEADER, [])],
    ['own unit hosts; an attending unit member’s, review stage', opinion(OWN, 'REVIEW', MEMBER, [MEMBER.id])],
    ['own unit hosts; the recorder’s own, review stage', opinion(OWN, 'REVIEW', null, [])],
    ['another unit hosts; an attending leader’s', opinion(OTHER, 'CONSULTATION', LEADER, [LEADER.id])],
    ['own unit hosts; the recorder’s own, consultation', opinion(OWN, 'CONSULTATION', null, [])],
    ['own unit hosts; an attending observer’s', opinion(OWN, 'CONSULTATION', WATCHER, [WATCHER.id])],
  ],
  'meeting.recordConclusion': [
    ['an expert review hosted by own unit', { ...meeting(OWN), kind: 'EXPERT_REVIEW' }],
    ['a symposium hosted by own unit', { ...meeting(OWN), kind: 'SYMPOSIUM' }],
    ['a leading group meeting hosted by another unit', { ...meeting(OTHER), kind: 'LEADING_GROUP' }],
  ],
  'actionItem.update': [
    ['own unit hosts', { type: 'actionItem', programId: P, hostUnitId: OWN, ownerUnitId: OTHER }],
    ['own unit owns it', { type: 'actionItem', programId: P, hostUnitId: OTHER, ownerUnitId: OWN }],
    ['neither', { type: 'actionItem', programId: P, hostUnitId: OTHER, ownerUnitId: OTHER }],
  ],
  'phase.override': [['a phase', { type: 'program', programId: P }]],
  'session.revoke': [['someone’s sessions', { type: 'program', programId: P }]],
  'audit.read': [['the audit log', { type: 'program', programId: P }]],
  'plan.create': [['the programme', { type: 'program', programId: P }]],
  'plan.edit': [
    ['led by own unit', { type: 'plan', programId: P, leadUnitId: OWN }],
    ['led by another unit', { type: 'plan', programId: P, leadUnitId: OTHER }],
  ],
  'topic.create': [['the programme', { type: 'program', programId: P }]],
  'milestone.create': [['the programme', { type: 'program', programId: P }]],
  'program.export': [['the programme', { type: 'program', programId: P }]],
  'approval.request': [['a plan’s 送审稿', { type: 'program', programId: P }]],
  'approval.decide': [
    ['专家论证', { type: 'approval', programId: P, step: 'EXPERT_ARGUMENT' }],
    ['领导小组审议', { type: 'approval', programId: P, step: 'LEADING_GROUP_REVIEW' }],
    ['省政府审批', { type: 'approval', programId: P, step: 'GOVERNMENT_APPROVAL' }],
  ],
  'plan.issue': [['an approved plan', { type: 'plan', programId: P, leadUnitId: OWN }]],
  'person.memberships': [['someone’s groups', { type: 'program', programId: P }]],
  'consultation.run': [['a round', { type: 'program', programId: P }]],
  'indicator.edit': [
    ['own unit leads the plan', { type: 'plan', programId: P, leadUnitId: OWN }],
    ['another unit leads it', { type: 'plan', programId: P, leadUnitId: OTHER }],
  ],
  'higherTarget.define': [['the programme', { type: 'program', programId: P }]],
};

// Every role × action × subject: Y allowed, - refused; one group per action (in ACTIONS order:
// read invite milestone topic draft export start(O F C R A I) reply dispose reopen withdraw edit
// assign respond board read-sealed meeting-log meeting-edit meeting-minutes meeting-opinion
// meeting-conclusion action-item override
// revoke-sessions audit), one character per subject above.
const TABLE: Record<ProgramRole, Record<Action, string>> = {
  ADMIN: row('Y Y YYY YY YY YY YYYY-- YYYY- YY Y Y- Y- Y Y- Y YYY YY YYY YYY Y--YYY- Y-Y YYY Y Y Y'),
  WORKING_GROUP: row('Y Y YYY YY YY YY YYYY-- YYYY- YY Y Y- Y- Y Y- Y YYY YY YYY YYY Y--YYY- Y-Y YYY Y - -'),
  LEADING_GROUP: row('Y - --- -- -- YY YYYY-- YYYY- -- - Y- Y- - Y- Y Y-Y -- --- -Y- ------- --Y --- - - -'),
  UNIT_MEMBER: row('Y - Y-- Y- Y- Y- YYY--- Y-YY- Y- - Y- Y- - Y- - Y-Y Y- Y-- YY- Y----Y- --- YY- - - -'),
  EXPERT: row('Y - --- -- -- -- --YY-- YYYY- -- - Y- Y- - Y- - Y-Y -- --- -Y- ------- --- --- - - -'),
  OBSERVER: row('Y - --- -- -- -- ------ ---Y- -- - Y- Y- - Y- - Y-Y -- --- -Y- ------- --- --- - - -'),
};

// Keeping the programme and its lists (issue 12), by action name rather than by position: the
// working group and the administrator keep the plans, topics and milestones (even a plan their own
// unit leads is no unit member's to edit); the leading group may also export.
const KEEPING: Record<ProgramRole, Partial<Record<Action, string>>> = {
  ADMIN: { 'plan.create': 'Y', 'plan.edit': 'YY', 'topic.create': 'Y', 'milestone.create': 'Y', 'program.export': 'Y' },
  WORKING_GROUP: {
    'plan.create': 'Y',
    'plan.edit': 'YY',
    'topic.create': 'Y',
    'milestone.create': 'Y',
    'program.export': 'Y',
  },
  LEADING_GROUP: {
    'plan.create': '-',
    'plan.edit': '--',
    'topic.create': '-',
    'milestone.create': '-',
    'program.export': 'Y',
  },
  UNIT_MEMBER: {
    'plan.create': '-',
    'plan.edit': '--',
    'topic.create': '-',
    'milestone.create': '-',
    'program.export': '-',
  },
  EXPERT: {
    'plan.create': '-',
    'plan.edit': '--',
    'topic.create': '-',
    'milestone.create': '-',
    'program.export': '-',
  },
  OBSERVER: {
    'plan.create': '-',
    'plan.edit': '--',
    'topic.create': '-',
    'milestone.create': '-',
    'program.export': '-',
  },
};
for (const role of PROGRAM_ROLES) Object.assign(TABLE[role], KEEPING[role]);

// A plan's approvals, issue and filing (issue 12), by action name: the working group requests,
// decides 专家论证 and records the government's approval, issue and filing; the leading group
// decides its own review and nothing else; the lead unit does none of it, even for its own plan.
const APPROVALS: Record<ProgramRole, Partial<Record<Action, string>>> = {
  ADMIN: { 'approval.request': 'Y', 'approval.decide': 'Y-Y', 'plan.issue': 'Y' },
  WORKING_GROUP: { 'approval.request': 'Y', 'approval.decide': 'Y-Y', 'plan.issue': 'Y' },
  LEADING_GROUP: { 'approval.request': '-', 'approval.decide': '-Y-', 'plan.issue': '-' },
  UNIT_MEMBER: { 'approval.request': '-', 'approval.decide': '---', 'plan.issue': '-' },
  EXPERT: { 'approval.request': '-', 'approval.decide': '---', 'plan.issue': '-' },
  OBSERVER: { 'approval.request': '-', 'approval.decide': '---', 'plan.issue': '-' },
};
for (const role of PROGRAM_ROLES) Object.assign(TABLE[role], APPROVALS[role]);

// Memberships of the programme's groups (issue 12), by action name: set by those who run it.
const MEMBERSHIPS: Record<ProgramRole, string> = {
  ADMIN: 'Y',
  WORKING_GROUP: 'Y',
  LEADING_GROUP: '-',
  UNIT_MEMBER: '-',
  EXPERT: '-',
  OBSERVER: '-',
};
for (const role of PROGRAM_ROLES) TABLE[role]['person.memberships'] = MEMBERSHIPS[role];

// Public consultation (issue 14), by action name: the working group runs rounds and moderates them.
for (const role of PROGRAM_ROLES) TABLE[role]['consultation.run'] = MEMBERSHIPS[role];

// 衔接 (issue 15), by action name: a plan's indicators are its lead unit's to keep (as its drafts are,
// the working group on its behalf); the higher plans' targets are the working group's to record.
const INDICATORS: Record<ProgramRole, string> = {
  ADMIN: 'YY',
  WORKING_GROUP: 'YY',
  LEADING_GROUP: '--',
  UNIT_MEMBER: 'Y-',
  EXPERT: '--',
  OBSERVER: '--',
};
for (const role of PROGRAM_ROLES) {
  TABLE[role]['indicator.edit'] = INDICATORS[role];
  TABLE[role]['higherTarget.define'] = MEMBERSHIPS[role];
}

function row(cells: string): Record<Action, string> {
  const groups = cells.split(' ');
  return Object.fromEntries(ACTIONS.map((a, i) => [a, groups[i] ?? ''])) as Record<Action, string>;
}

describe('the policy', () => {
  it('has a row for every role and a cell for every action and subject', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...PROGRAM_ROLES].sort());
    for (const role of PROGRAM_ROLES) {
      for (const action of ACTIONS)
        expect(TABLE[role][action], `${role} ${action}`).toHaveLength(SUBJECTS[action].length);
    }
  });

  const cells = PROGRAM_ROLES.flatMap((role) =>
    ACTIONS.flatMap((action) =>
      SUBJECTS[action].map(([name, subject], i) => ({
        role,
        action,
        name,
        subject,
        allowed: TABLE[role][action][i] === 'Y',
      })),
    ),
  );
  it.each(cells)('$role may $action ($name): $allowed', ({ role, action, subject, allowed }) => {
    expect(can(actor(role), action, subject)).toBe(allowed);
  });

  it.each(ACTIONS)('refuses %s to nobody and to anyone from another programme', (action) => {
    for (const [, subject] of SUBJECTS[action]) {
      expect(can(null, action, subject)).toBe(false);
      expect(can({ ...actor('ADMIN'), programId: 'elsewhere' }, action, subject)).toBe(false);
    }
  });

  it('does not treat a unit member without a unit as owning unit-less items', () => {
    const m: Subject = { type: 'milestone', programId: P, ownerUnitId: null };
    expect(can({ ...actor('UNIT_MEMBER'), unitId: null }, 'milestone.update', m)).toBe(false);
  });
});

describe('memberships, co-operating units and liaisons', () => {
  const withGroups = (role: ProgramRole, groups: GroupKind[]): Actor => ({ ...actor(role), groups });
  const everyCell = ACTIONS.flatMap((action) => SUBJECTS[action].map(([name, subject]) => ({ action, name, subject })));
  const ROLE_OF: Record<GroupKind, ProgramRole> = {
    LEADING_GROUP: 'LEADING_GROUP',
    WORKING_GROUP: 'WORKING_GROUP',
    EXPERT_TEAM: 'EXPERT',
  };

  it.each(GROUP_KINDS)('lets a unit member of the %s do all that its role and their own may', (group) => {
    const member = withGroups('UNIT_MEMBER', [group]);
    for (const { action, name, subject } of everyCell) {
      const either = can(actor('UNIT_MEMBER'), action, subject) || can(actor(ROLE_OF[group]), action, subject);
      if (either) expect(can(member, action, subject), `${action} (${name})`).toBe(true);
    }
  });

  it('lets a unit member of the leading group decide its review and record a leading group meeting’s conclusion', () => {
    const member = withGroups('UNIT_MEMBER', ['LEADING_GROUP']);
    expect(can(member, 'approval.decide', { type: 'approval', programId: P, step: 'LEADING_GROUP_REVIEW' })).toBe(true);
    expect(can(member, 'meeting.recordConclusion', { ...meeting(OTHER), kind: 'LEADING_GROUP' })).toBe(true);
    expect(can(member, 'meeting.recordConclusion', { ...meeting(OTHER), kind: 'EXPERT_REVIEW' })).toBe(false);
    expect(
      can(actor('UNIT_MEMBER'), 'approval.decide', { type: 'approval', programId: P, step: 'LEADING_GROUP_REVIEW' }),
    ).toBe(false);
  });

  it('lets a member of the working group read every sealed review, as the working group does', () => {
    expect(can(withGroups('EXPERT', ['WORKING_GROUP']), 'review.readSealed', sealed('someone', false))).toBe(true);
    expect(can(actor('EXPERT'), 'review.readSealed', sealed('someone', false))).toBe(false);
  });

  it('lets a co-operating unit comment on and reply to its plans’ drafts at the stages unit members may', () => {
    const member = actor('UNIT_MEMBER');
    for (const stage of DRAFT_STAGES) {
      const unitsMay = can(member, 'thread.start', draft(stage, OTHER));
      expect(can(member, 'thread.start', draft(stage, OTHER, [OWN])), stage).toBe(unitsMay);
      expect(can(member, 'thread.reply', thread(stage, OTHER, 'someone', [OWN])), stage).toBe(unitsMay);
    }
    // Co-operating is not answering: the lead unit decides on the opinions.
    expect(can(member, 'thread.dispose', thread('CONSULTATION', OTHER, 'someone', [OWN]))).toBe(false);
  });

  it('lets a liaison of another provincial department comment on the consultation draft and nothing else', () => {
    const liaison: Actor = { ...actor('OBSERVER'), unitKind: 'EXTERNAL' };
    const outsider: Actor = { ...actor('OBSERVER'), unitId: null, unitKind: null };
    for (const stage of DRAFT_STAGES) {
      expect(can(liaison, 'thread.start', draft(stage)), stage).toBe(stage === 'CONSULTATION');
      expect(can(liaison, 'thread.reply', thread(stage, OTHER, 'someone')), stage).toBe(stage === 'CONSULTATION');
      expect(can(outsider, 'thread.start', draft(stage)), stage).toBe(false);
      expect(can(actor('OBSERVER'), 'thread.start', draft(stage)), stage).toBe(false);
    }
  });

  it('lets leaders comment at every drafting stage', () => {
    for (const stage of ['OUTLINE', 'FRAMEWORK', 'CONSULTATION', 'REVIEW'] as const) {
      expect(can(actor('LEADING_GROUP'), 'thread.start', draft(stage)), stage).toBe(true);
      expect(can(withGroups('OBSERVER', ['LEADING_GROUP']), 'thread.start', draft(stage)), stage).toBe(true);
    }
  });
});
