import type { OpinionRow, OpinionTableMeta } from './opinion-table.js';

export const META: OpinionTableMeta = {
  planTitle: '浙江省应急管理“十四五”规划',
  stageLabel: '征求意见稿',
  version: 1,
  // 2020-11-16 in Hangzhou, although it is still the 15th in UTC.
  generatedAt: new Date('2020-11-15T17:30:00Z'),
};

/** Rows in draft order, as the caller lists them; a whole-draft opinion arrives in the middle. */
export const ROWS: OpinionRow[] = [
  {
    chapter: '第一章 规划背景',
    clause: '一、发展基础',
    quote: '全省应急管理体系和能力建设取得明显成效',
    opinion: '建议补充“十三五”期间主要指标完成情况。',
    author: '科信处 李明',
    source: '在线',
    disposition: '采纳',
    reason: '已在第一章增加指标完成情况表。',
  },
  {
    chapter: '第一章 规划背景',
    clause: '二、面临形势',
    quote: '超强台风“利奇马”',
    opinion: '台风影响的表述过于笼统，\n建议量化直接经济损失。',
    author: '省人大代表 王某',
    source: '会议',
    disposition: '部分采纳',
    reason: '补充受灾人口数据；经济损失以统计部门公布为准。',
  },
  {
    chapter: '',
    clause: '全文',
    quote: '',
    opinion: '建议全文统一“应急管理部门”的称谓。',
    author: '省安科院 专家组',
    source: '专家评审',
    disposition: '采纳',
    reason: '已统一。',
  },
  {
    chapter: '第三章 主要任务',
    clause: '（二）提升救援能力',
    quote: '建设省级航空应急救援基地',
    opinion: '建议明确基地选址。',
    author: '公众 张某',
    source: '公众',
    disposition: '不采纳',
    reason: '选址由专项规划研究确定。',
  },
  {
    chapter: '第一章 规划背景',
    clause: '一、发展基础',
    quote: '整合 11 个部门的相关职责',
    opinion: '请核实部门数量。',
    author: '规财处 赵某',
    source: '在线',
    disposition: '待处理',
    reason: '',
  },
];

/** The groups and 序号 the rows above must come out in. */
export const EXPECTED_GROUPS = [
  { chapter: '全文/通篇', numbers: [1] },
  { chapter: '第一章 规划背景', numbers: [2, 3, 4] },
  { chapter: '第三章 主要任务', numbers: [5] },
];

/** An opinion whose passage a later version deleted (an ORPHANED thread): no chapter, its quote and former clause kept. */
export const ORPHANED_ROW: OpinionRow = {
  chapter: '',
  clause: '二、面临形势',
  quote: '极端天气事件趋多趋强',
  opinion: '建议补充台风灾害损失数据。',
  author: '科信处 李明',
  source: '在线',
  disposition: '待处理',
  reason: '',
  orphaned: true,
};
