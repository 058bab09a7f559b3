/**
 * The demo's 衔接: the targets (目标指标) of the master plan and of the 应急物资储备 special plan, read
 * from their drafts' indicator tables, linked to each other and to higher plans' targets.
 *
 * - The master plan's indicators are set on its 征求意见稿 (v1) and carried into the 送审稿 (v2). There
 *   亿元地区生产总值生产安全事故死亡率 was revised from 0.012 to 0.011: the passage no longer states the
 *   indicator's figure (SOURCE_CHANGED, a thread for 规财处). 应急物资储备库覆盖率's row was renamed
 *   (县级以上…) but still says 100%: it moves with the text, no issue.
 * - The special plan's 县级应急物资储备库覆盖率 and 初步救助时间 support master indicators and agree;
 *   乡镇（街道）应急物资储备点覆盖率 (90%) is linked to 应急物资储备库覆盖率 (100%) and is weaker
 *   (WEAKER_THAN_MASTER, a thread for 减灾处); 救灾物资运抵受灾县时间 supports none.
 * - The higher targets are examples (示例): their values are not quoted from a published plan.
 *
 * `quote` is the exact text of the indicator's row in the table block (cells joined by ' | ').
 * Pure data: no I/O.
 */
import type { Direction, IndicatorKind } from '@gongbian/alignment';
import type { StoryTime } from './story-data.js';

export interface DemoHigherTarget {
  key: string;
  document: string;
  name: string;
  unit: string;
  target: number;
  direction: Direction;
}

export interface DemoIndicator {
  key: string;
  plan: 'master' | 'supplies';
  name: string;
  unit: string;
  baseline: number | null;
  target: number;
  kind: IndicatorKind;
  direction: Direction;
  quote: string;
  supports?: string;
  cites?: string;
}

/** When the working group records the higher targets, and each lead unit sets its plan's indicators. */
export const HIGHER_TARGETS_AT: StoryTime = '2020-11-02 15:00';
export const MASTER_INDICATORS_AT: StoryTime = '2020-11-03 10:00';
export const SUPPLIES_INDICATORS_AT: StoryTime = '2021-07-06 10:00';

const EXAMPLE = '《“十四五”国家应急体系规划》（示例值）';

export const DEMO_HIGHER_TARGETS: DemoHigherTarget[] = [
  {
    key: 'deaths',
    document: EXAMPLE,
    name: '生产安全事故死亡人数下降率',
    unit: '%',
    target: 15,
    direction: 'AT_LEAST',
  },
  { key: 'forest', document: EXAMPLE, name: '森林火灾受害率', unit: '‰', target: 0.9, direction: 'AT_MOST' },
  {
    key: 'relief',
    document: EXAMPLE,
    name: '受灾人员基本生活得到有效救助时间',
    unit: '小时',
    target: 10,
    direction: 'AT_MOST',
  },
];

export const DEMO_INDICATORS: DemoIndicator[] = [
  {
    key: 'deaths',
    plan: 'master',
    name: '生产安全事故死亡人数下降率',
    unit: '%',
    baseline: null,
    target: 15,
    kind: 'BINDING',
    direction: 'AT_LEAST',
    quote: '生产安全事故死亡人数下降率 | — | 15% | 约束性',
    cites: 'deaths',
  },
  {
    key: 'gdpRate',
    plan: 'master',
    name: '亿元地区生产总值生产安全事故死亡率',
    unit: '',
    baseline: 0.017,
    target: 0.012,
    kind: 'BINDING',
    direction: 'AT_MOST',
    quote: '亿元地区生产总值生产安全事故死亡率 | 0.017 | 0.012 | 约束性',
  },
  {
    key: 'forest',
    plan: 'master',
    name: '森林火灾受害率',
    unit: '‰',
    baseline: 0.5,
    target: 0.9,
    kind: 'BINDING',
    direction: 'AT_MOST',
    quote: '森林火灾受害率 | 0.5‰ | ≤0.9‰ | 约束性',
    cites: 'forest',
  },
  {
    key: 'relief',
    plan: 'master',
    name: '灾害发生后受灾人员基本生活得到有效救助时间',
    unit: '小时',
    baseline: 12,
    target: 10,
    kind: 'EXPECTED',
    direction: 'AT_MOST',
    quote: '灾害发生后受灾人员基本生活得到有效救助时间 | 12小时 | 10小时以内 | 预期性',
    cites: 'relief',
  },
  {
    key: 'depots',
    plan: 'master',
    name: '应急物资储备库覆盖率',
    unit: '%',
    baseline: 85,
    target: 100,
    kind: 'EXPECTED',
    direction: 'AT_LEAST',
    quote: '应急物资储备库覆盖率 | 85% | 100% | 预期性',
  },
  {
    key: 'countyDepots',
    plan: 'supplies',
    name: '县级应急物资储备库覆盖率',
    unit: '%',
    baseline: 85,
    target: 100,
    kind: 'BINDING',
    direction: 'AT_LEAST',
    quote: '县级应急物资储备库覆盖率 | 85% | 100% | 约束性',
    supports: 'depots',
  },
  {
    key: 'townPoints',
    plan: 'supplies',
    name: '乡镇（街道）应急物资储备点覆盖率',
    unit: '%',
    baseline: 60,
    target: 90,
    kind: 'EXPECTED',
    direction: 'AT_LEAST',
    quote: '乡镇（街道）应急物资储备点覆盖率 | 60% | 90% | 预期性',
    supports: 'depots',
  },
  {
    key: 'firstRelief',
    plan: 'supplies',
    name: '受灾群众基本生活得到初步救助时间',
    unit: '小时',
    baseline: 12,
    target: 10,
    kind: 'BINDING',
    direction: 'AT_MOST',
    quote: '受灾群众基本生活得到初步救助时间（小时） | 12 | 10 | 约束性',
    supports: 'relief',
  },
  {
    key: 'delivery',
    plan: 'supplies',
    name: '救灾物资运抵受灾县时间',
    unit: '小时',
    baseline: 12,
    target: 8,
    kind: 'BINDING',
    direction: 'AT_MOST',
    quote: '救灾物资运抵受灾县时间（小时） | 12 | 8 | 约束性',
  },
];
