// Builders for the dashboard's component tests (imported by *.test.ts only, never shipped).
import type { DashboardFiguresFragment, DashboardPageQuery } from '@gongbian/graphql-client';
import { buildPhases } from '../../test-support/fixtures';
import type { DashboardNames } from './chart-data';

type Figures = DashboardFiguresFragment;
type Phase = Figures['phases'][number];
type Gate = Phase['gate'];

const counts = (values: Record<string, number>) =>
  Object.entries(values).map(([status, count]) => ({ __typename: 'CountByStatus' as const, status, count }));

const threadCounts = (open: number, adopted: number, partly: number, not: number, withdrawn: number) =>
  counts({ OPEN: open, ADOPTED: adopted, PARTLY_ADOPTED: partly, NOT_ADOPTED: not, WITHDRAWN: withdrawn });

const unit = (id: string, name: string, shortName: string | null) => ({
  __typename: 'Unit' as const,
  id,
  name,
  shortName,
});

export const UNITS = [
  unit('u-guicai', '省应急管理厅规财处', '规财处'),
  unit('u-kexin', '省应急管理厅科信处', '科信处'),
  unit('u-jiuyuan', '省应急管理厅应急救援处', '应急救援处'),
];

export const PLANS: DashboardNames['plans'] = [
  {
    id: 'plan-master',
    title: '浙江省应急管理“十四五”规划',
    kind: 'MASTER',
    drafts: [
      { id: 'draft-m1', version: 1 },
      { id: 'draft-m2', version: 2 },
    ],
  },
  {
    id: 'plan-tech',
    title: '浙江省应急管理科技与装备“十四五”规划',
    kind: 'SPECIAL',
    drafts: [{ id: 'draft-t1', version: 1 }],
  },
];

export function buildGate(over: Partial<Gate> = {}): Gate {
  return {
    __typename: 'Gate',
    met: true,
    conditions: [],
    overriddenBy: null,
    overriddenAt: null,
    ...over,
  };
}

/** A gate condition; `facts` as [name, value] pairs (a name may repeat, as `plan` does). */
export const condition = (
  code: string,
  label: string,
  met: boolean,
  detail: string | null = null,
  facts: [string, string][] = [],
) => ({
  __typename: 'GateCondition' as const,
  code,
  label,
  met,
  detail,
  facts: facts.map(([name, value]) => ({ __typename: 'Fact' as const, name, value })),
});

export function buildDashboardPhases(): Phase[] {
  return buildPhases().map((p) => ({
    ...p,
    milestones: [],
    gate:
      p.order === 3
        ? buildGate({
            met: false,
            conditions: [
              condition('PLANS_REVIEW', '每项规划形成送审稿', false, '尚未满足：浙江省应急管理科技与装备“十四五”规划', [
                ['plan', '浙江省应急管理科技与装备“十四五”规划'],
              ]),
              condition('REVIEWS_SUBMITTED', '专家评审意见全部提交', true),
            ],
          })
        : buildGate({
            conditions: [
              condition('TOPICS_DONE', '22项重点调研课题全部完成', true, null, [
                ['total', '22'],
                ['done', '22'],
              ]),
            ],
          }),
  }));
}

/** The figures of a programme in phase 3 with opinions on the master plan. */
export function buildFigures(over: Partial<Figures> = {}): Figures {
  const phases = buildDashboardPhases();
  return {
    __typename: 'Dashboard',
    programId: 'program-1',
    asOf: '2020-11-16T01:00:00.000Z',
    currentPhase: { __typename: 'Phase', id: 'phase-3', order: 3, name: '规划编制与衔接' },
    phases,
    plansByStage: counts({ OUTLINE: 0, FRAMEWORK: 1, CONSULTATION: 3, REVIEW: 1, APPROVED: 0, ISSUED: 0 }),
    topicsByStatus: counts({ PLANNED: 2, IN_PROGRESS: 5, DONE: 14, BLOCKED: 1 }),
    topicsByUnit: [
      { __typename: 'GroupCounts', id: 'u-kexin', counts: counts({ PLANNED: 0, IN_PROGRESS: 1, DONE: 2, BLOCKED: 1 }) },
      {
        __typename: 'GroupCounts',
        id: 'u-guicai',
        counts: counts({ PLANNED: 1, IN_PROGRESS: 0, DONE: 1, BLOCKED: 0 }),
      },
    ],
    threadsByStatus: threadCounts(8, 5, 4, 3, 1),
    threadsByPlan: [
      { __typename: 'GroupCounts', id: 'plan-master', counts: threadCounts(8, 5, 4, 3, 1) },
      { __typename: 'GroupCounts', id: 'plan-tech', counts: threadCounts(0, 0, 0, 0, 0) },
    ],
    threadsByUnit: [
      { __typename: 'GroupCounts', id: 'u-jiuyuan', counts: threadCounts(1, 0, 0, 0, 0) },
      { __typename: 'GroupCounts', id: 'u-guicai', counts: threadCounts(7, 5, 4, 3, 1) },
    ],
    reviewsByStatus: counts({ INVITED: 1, ACCEPTED: 2, DECLINED: 0, SUBMITTED: 3 }),
    reviewScores: [
      {
        __typename: 'ReviewScores',
        draftId: 'draft-m2',
        foresight: 4.333333,
        scientific: 3.5,
        operability: 4,
        submitted: 3,
      },
    ],
    adoptedNotReflected: 2,
    adoptedNotReflectedByPlan: [{ __typename: 'CountById', id: 'plan-master', count: 2 }],
    overdue: [],
    overdueTopics: [],
    overdueActionItems: [],
    unitLoad: [
      { __typename: 'UnitLoad', unit: UNITS[2] as (typeof UNITS)[number], openThreads: 1, overdueItems: 2 },
      { __typename: 'UnitLoad', unit: UNITS[0] as (typeof UNITS)[number], openThreads: 7, overdueItems: 0 },
    ],
    recentActivity: [],
    ...over,
  };
}

export const NAMES: DashboardNames = { plans: PLANS, units: UNITS };

/** What the server answers to the page's query. */
export function buildPageData(figures: Figures = buildFigures()): DashboardPageQuery {
  return {
    __typename: 'Query',
    program: {
      __typename: 'Program',
      eventCursor: '40.7',
      id: 'program-1',
      name: '浙江省应急管理“十四五”规划编制',
      plans: PLANS.map((p) => ({
        __typename: 'Plan' as const,
        id: p.id,
        title: p.title,
        kind: p.kind as 'MASTER' | 'SPECIAL',
        drafts: p.drafts.map((d) => ({ __typename: 'Draft' as const, ...d })),
      })),
      units: UNITS,
      dashboard: figures,
    },
    clock: { __typename: 'Clock', today: '2020-11-16', fixed: true },
  };
}
