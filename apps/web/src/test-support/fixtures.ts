import type { MilestoneItemFragment, TimelinePhaseFragment, TopicCardFragment } from '@gongbian/graphql-client';

let seq = 0;
const nextId = (prefix: string) => `${prefix}-${++seq}`;

export function buildMilestone(over: Partial<MilestoneItemFragment> = {}): MilestoneItemFragment {
  return {
    __typename: 'Milestone',
    id: nextId('m'),
    title: '完成22个重点专题研究',
    dueOn: '2019-11-30',
    status: 'IN_PROGRESS',
    overdue: false,
    completedAt: null,
    canUpdate: false,
    ownerUnit: { __typename: 'Unit', id: 'u-guicai', name: '规划财务处', shortName: '规财处' },
    ...over,
  };
}

export type PhaseWithMilestones = TimelinePhaseFragment & { milestones: MilestoneItemFragment[] };

/** The four phases of the work plan (进度安排), as the server would return them. */
export function buildPhases(): PhaseWithMilestones[] {
  const phase = (
    order: number,
    name: string,
    startsOn: string,
    endsOn: string,
    status: TimelinePhaseFragment['status'],
    progress: number,
  ): PhaseWithMilestones => ({
    __typename: 'Phase',
    id: `phase-${order}`,
    order,
    name,
    startsOn,
    endsOn,
    status,
    progress,
    milestones: [],
  });
  return [
    phase(1, '前期专题研究', '2019-05-01', '2019-12-31', 'DONE', 1),
    phase(2, '形成规划框架', '2020-01-01', '2020-06-30', 'DONE', 1),
    phase(3, '规划编制与衔接', '2020-07-01', '2021-06-30', 'IN_PROGRESS', 0.4),
    phase(4, '规划审议报批', '2021-07-01', '2021-10-31', 'PLANNED', 0),
  ];
}

export function buildTopic(over: Partial<TopicCardFragment> = {}): TopicCardFragment {
  const id = nextId('t');
  return {
    __typename: 'ResearchTopic',
    id,
    number: seq,
    title: '应急管理体系和能力现代化研究',
    content: '',
    dueOn: '2019-11-30',
    status: 'PLANNED',
    progressNote: null,
    overdue: false,
    canUpdate: false,
    leadUnit: { __typename: 'Unit', id: 'u-guicai', name: '规划财务处', shortName: '规财处' },
    coUnits: [],
    ...over,
  };
}

/** list[i], failing the test (instead of a `!`) when it is missing. */
export function nth<T>(list: readonly T[], i: number): T {
  const item = list.at(i);
  if (item === undefined) throw new Error(`expected an item at ${i}, list has ${list.length}`);
  return item;
}
