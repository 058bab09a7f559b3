import type { AlignmentPageQuery, IndicatorItemFragment } from '@gongbian/graphql-client';

/** An indicator as the matrix reads it: the master plan's 应急救援力量覆盖率 unless said. */
export function buildIndicator(over: Partial<IndicatorItemFragment> = {}): IndicatorItemFragment {
  return {
    __typename: 'Indicator',
    id: 'ind-master',
    name: '应急救援力量覆盖率',
    unit: '%',
    baseline: 85,
    baselineYear: 2020,
    target: 95,
    targetYear: 2025,
    kind: 'BINDING',
    direction: 'AT_LEAST',
    version: 1,
    plan: { __typename: 'Plan', id: 'plan-master' },
    source: { __typename: 'Anchor', blockId: 'b12', start: 0, end: 18, quote: '应急救援力量覆盖率达到95%' },
    sourceDraftId: 'draft-master',
    sourceState: 'ATTACHED',
    supports: null,
    cites: null,
    issues: [],
    ...over,
  };
}

const WEAKER = '《应急管理科技与装备规划》“应急救援力量覆盖率”目标 90%，弱于总体规划的 95%。';

/** The special plan's indicator supporting the master's: weaker than it when `weaker`. */
export function buildSpecial(weaker: boolean, over: Partial<IndicatorItemFragment> = {}): IndicatorItemFragment {
  return buildIndicator({
    id: 'ind-special',
    target: weaker ? 90 : 96,
    kind: 'EXPECTED',
    plan: { __typename: 'Plan', id: 'plan-tech' },
    source: { __typename: 'Anchor', blockId: 'b3', start: 2, end: 14, quote: '覆盖率达到90%' },
    sourceDraftId: 'draft-tech',
    supports: { __typename: 'Indicator', id: 'ind-master' },
    version: weaker ? 2 : 3,
    issues: weaker ? [{ __typename: 'AlignmentIssue', kind: 'WEAKER_THAN_MASTER', detail: WEAKER }] : [],
    ...over,
  });
}

/** The page's answer: the master plan and two special plans, one of whose indicators supports the master's. */
export function alignmentPage(weaker: boolean, keeps: readonly string[] = []): AlignmentPageQuery {
  const master = buildIndicator({ cites: { __typename: 'HigherTarget', id: 'ht-1' } });
  const special = buildSpecial(weaker);
  const unlinked = buildIndicator({
    id: 'ind-loose',
    name: '应急物资储备库',
    unit: '个',
    target: 12,
    kind: 'EXPECTED',
    plan: { __typename: 'Plan', id: 'plan-fire' },
    source: null,
    sourceDraftId: null,
    sourceState: null,
  });
  return {
    __typename: 'Query',
    program: {
      __typename: 'Program',
      eventCursor: 'c-1',
      id: 'program-1',
      plans: [
        plan('plan-master', '应急管理事业发展规划', 'MASTER', 'unit-guicai', 'draft-master', keeps),
        plan('plan-tech', '应急管理科技与装备规划', 'SPECIAL', 'unit-kexin', 'draft-tech', keeps),
        plan('plan-fire', '消防救援事业发展规划', 'SPECIAL', 'unit-fire', null, keeps),
      ],
      higherTargets: [
        {
          __typename: 'HigherTarget',
          id: 'ht-1',
          document: '《“十四五”国家应急体系规划》',
          name: '应急救援力量覆盖率',
          unit: '%',
          target: 90,
          targetYear: 2025,
          direction: 'AT_LEAST',
        },
      ],
      alignment: {
        __typename: 'AlignmentMatrix',
        plans: [
          { __typename: 'Plan', id: 'plan-tech', title: '应急管理科技与装备规划' },
          { __typename: 'Plan', id: 'plan-fire', title: '消防救援事业发展规划' },
        ],
        rows: [
          {
            __typename: 'AlignmentRow',
            master,
            cells: [
              { __typename: 'AlignmentCell', plan: { __typename: 'Plan', id: 'plan-tech' }, indicators: [special] },
              { __typename: 'AlignmentCell', plan: { __typename: 'Plan', id: 'plan-fire' }, indicators: [] },
            ],
          },
        ],
        unlinked: [unlinked],
        issues: weaker
          ? [
              {
                __typename: 'AlignmentIssue',
                kind: 'WEAKER_THAN_MASTER',
                detail: WEAKER,
                indicator: {
                  __typename: 'Indicator',
                  id: 'ind-special',
                  name: '应急救援力量覆盖率',
                  plan: { __typename: 'Plan', id: 'plan-tech' },
                },
                against: { __typename: 'Indicator', id: 'ind-master' },
                againstHigher: null,
                thread: { __typename: 'Thread', id: 'th-9', draft: { __typename: 'Draft', id: 'draft-tech' } },
              },
            ]
          : [],
      },
    },
  };
}

function plan(
  id: string,
  title: string,
  kind: 'MASTER' | 'SPECIAL',
  unit: string,
  draft: string | null,
  keeps: readonly string[],
) {
  return {
    __typename: 'Plan' as const,
    id,
    title,
    kind,
    viewerCanKeepIndicators: keeps.includes(id),
    leadUnit: { __typename: 'Unit' as const, id: unit },
    currentDraft: draft ? { __typename: 'Draft' as const, id: draft } : null,
  };
}
