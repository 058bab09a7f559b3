/**
 * Demo seed data for 共编 Gongbian: the programme of
 * 《浙江省应急管理“十四五”规划编制工作方案》 (notice dated 2019-11-11; source text in
 * shared/seed/000_5bf124496b14d333.txt) as it stood on 2020-11-16 (PROGRAM.asOf), i.e. inside
 * phase 3 (规划编制与衔接), after the 征求意见稿 was formed (July–October 2020) and before the
 * November–December opinion-solicitation meetings and the expert review meeting.
 *
 * Pure data: no I/O. Titles, topic contents and unit names are taken verbatim from the
 * document; statuses, completion dates, progress notes and all people are invented for the demo.
 * Real officials named in 附件3 of the document must never appear here.
 */

import type { DraftStage, ProgramRole, UnitKind, WorkStatus } from '../domain.js';
import { type MilestoneGateCondition } from '../modules/program/index.js';

export interface SeedUnit {
  key: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
}

export interface SeedPlan {
  key: string;
  title: string;
  kind: 'MASTER' | 'SPECIAL';
  leadUnit: string;
  coUnits: string[];
  issuance: string | null;
  stage: DraftStage;
}

export interface SeedTopic {
  number: number;
  title: string;
  content: string;
  leadUnit: string;
  coUnits: string[];
  dueOn: string;
  status: WorkStatus;
  progressNote: string | null;
  completedOn: string | null;
  /**
   * Co-operators listed in the 需配合单位 column that are not units (e.g. “同时邀请相关专家参与研究”,
   * “相关业务处室”), kept verbatim.
   */
  otherCoOperators?: string[];
}

export interface SeedMilestone {
  title: string;
  dueOn: string;
  ownerUnit: string | null;
  status: WorkStatus;
  completedOn: string | null;
  /** Optional short Chinese note shown next to the milestone (demo colour). */
  note?: string;
  /** The phase-gate condition the milestone stands for. */
  gateCondition?: MilestoneGateCondition;
}

export interface SeedPhase {
  order: number;
  name: string;
  startsOn: string;
  endsOn: string;
  milestones: SeedMilestone[];
}

export interface SeedPerson {
  email: string | null;
  name: string;
  title: string | null;
  role: ProgramRole;
  unit: string | null;
}

export interface SeedProgram {
  name: string;
  startsOn: string;
  endsOn: string;
  /**
   * The day the statuses here describe: the 征求意见稿 formed, its opinions coming in. Tests build
   * programmes as of this day; the demo plays its story forward from it (story-data.ts DEMO_DATE).
   */
  asOf: string;
}

export const PROGRAM: SeedProgram = {
  name: '浙江省应急管理“十四五”规划编制',
  startsOn: '2019-05-01',
  endsOn: '2021-10-31',
  asOf: '2020-11-16',
};

/**
 * Naming rule (kept consistent on purpose, rather than guessing official full names the document
 * does not give): `name` is the fullest form the document uses; the department's divisions are
 * written as the document writes them in 附件1, “省应急管理厅” + division name. `shortName` is the
 * shortest form the document uses for the unit, or null when the document uses only one form.
 */
export const UNITS: SeedUnit[] = [
  // 厅机关处室 (divisions of the department)
  { key: 'bangongshi', name: '省应急管理厅办公室', shortName: '办公室', kind: 'DIVISION' },
  { key: 'guicai', name: '省应急管理厅规财处', shortName: '规财处', kind: 'DIVISION' },
  { key: 'kexin', name: '省应急管理厅科信处', shortName: '科信处', kind: 'DIVISION' },
  { key: 'jiuyuan', name: '省应急管理厅应急救援处', shortName: '应急救援处', kind: 'DIVISION' },
  // 附件1 and 附件3 say 减灾救灾处, 附件2 says 减灾处: the same division.
  { key: 'jianzai', name: '省应急管理厅减灾救灾处', shortName: '减灾处', kind: 'DIVISION' },
  { key: 'fangxun', name: '省应急管理厅防汛处', shortName: '防汛处', kind: 'DIVISION' },
  { key: 'dizhen', name: '省应急管理厅地震地质处', shortName: '地震地质处', kind: 'DIVISION' },
  { key: 'fanghuo', name: '省应急管理厅防火处', shortName: '防火处', kind: 'DIVISION' },
  { key: 'xietiao', name: '省应急管理厅协调处', shortName: '协调处', kind: 'DIVISION' },
  { key: 'fagui', name: '省应急管理厅法规处', shortName: '法规处', kind: 'DIVISION' },
  { key: 'weihua', name: '省应急管理厅危化处', shortName: '危化处', kind: 'DIVISION' },
  { key: 'anjichu', name: '省应急管理厅安全基础处', shortName: '安全基础处', kind: 'DIVISION' },
  { key: 'zhifa', name: '省应急管理厅执法处', shortName: '执法处', kind: 'DIVISION' },
  { key: 'renshi', name: '省应急管理厅人事处', shortName: '人事处', kind: 'DIVISION' },
  { key: 'jiguandangwei', name: '省应急管理厅机关党委', shortName: '机关党委', kind: 'DIVISION' },
  // 附件1/附件3 say 应急指挥中心, 附件2 says 指挥中心.
  { key: 'zhihui', name: '省应急管理厅应急指挥中心', shortName: '指挥中心', kind: 'DIVISION' },

  // 直属单位 (affiliated bodies)
  { key: 'ankeyuan', name: '省安科院', shortName: '安科院', kind: 'AFFILIATED' },
  { key: 'xiaofang', name: '省消防救援总队', shortName: '消防总队', kind: 'AFFILIATED' },
  { key: 'xuanjiao', name: '省宣教中心', shortName: null, kind: 'AFFILIATED' },
  { key: 'hanghu', name: '省航空护林站', shortName: null, kind: 'AFFILIATED' },
  { key: 'shuzi', name: '省应急管理数字与技术中心', shortName: null, kind: 'AFFILIATED' },

  // 外部单位 (outside bodies)
  { key: 'fagaiwei', name: '省发展改革委', shortName: '省发改委', kind: 'EXTERNAL' },
  { key: 'yjglb', name: '应急管理部', shortName: null, kind: 'EXTERNAL' },
  { key: 'jianshe', name: '省建设厅', shortName: null, kind: 'EXTERNAL' },
  { key: 'jiaotong', name: '省交通运输厅', shortName: null, kind: 'EXTERNAL' },
  { key: 'nongye', name: '省农业农村厅', shortName: null, kind: 'EXTERNAL' },
  { key: 'shichang', name: '省市场监管局', shortName: null, kind: 'EXTERNAL' },
  { key: 'jinrong', name: '省地方金融监管局', shortName: null, kind: 'EXTERNAL' },
  { key: 'yinbao', name: '浙江银保监局', shortName: null, kind: 'EXTERNAL' },
  { key: 'junmin', name: '省委军民融合办', shortName: null, kind: 'EXTERNAL' },
  { key: 'lishui', name: '丽水市应急管理局', shortName: null, kind: 'EXTERNAL' },
  // Catch-all for plan 1's 编制会同部门 (“省政府有关部门”).
  { key: 'shengzhengfu', name: '省政府有关部门', shortName: null, kind: 'EXTERNAL' },
];

/**
 * The “1+X” plans of 附件1, in order.
 *
 * Stages on 2020-11-16 (demo assumptions; the document schedules one 征求意见稿 for July–October
 * 2020 without distinguishing plans):
 * - master: CONSULTATION, its 征求意见稿 was formed by the end of October 2020.
 * - tech, rescue: CONSULTATION. Both are compiled together with 省安科院, which co-leads the working
 *   group with 规财处, so they plausibly kept pace with the master plan.
 * - supplies: CONSULTATION. It has the strongest research base (the 省发改委 key topic on reserve
 *   siting and topic 3), so its draft could follow the master plan closely.
 * - info: FRAMEWORK. An IT plan is mostly a list of projects; it plausibly waits for the July–October
 *   重大工程和项目论证 to settle before a 征求意见稿, and it is co-compiled by two bodies
 *   (应急指挥中心 and 省应急管理数字与技术中心), which lengthens co-ordination. Having one plan lag
 *   also gives the demo dashboard something to show.
 */
export const PLANS: SeedPlan[] = [
  {
    key: 'master',
    title: '浙江省应急管理“十四五”规划',
    kind: 'MASTER',
    leadUnit: 'guicai',
    coUnits: ['shengzhengfu'],
    issuance: '争取以省政府文件印发',
    stage: 'CONSULTATION',
  },
  {
    key: 'tech',
    title: '浙江省应急管理科技与装备“十四五”规划',
    kind: 'SPECIAL',
    leadUnit: 'kexin',
    coUnits: ['ankeyuan'],
    issuance: '拟以部门文件印发',
    stage: 'CONSULTATION',
  },
  {
    key: 'info',
    title: '浙江省应急管理信息化“十四五”规划',
    kind: 'SPECIAL',
    leadUnit: 'kexin',
    coUnits: ['zhihui', 'shuzi'],
    issuance: null,
    stage: 'FRAMEWORK',
  },
  {
    key: 'rescue',
    title: '浙江省应急救援力量建设“十四五”规划',
    kind: 'SPECIAL',
    leadUnit: 'jiuyuan',
    coUnits: ['ankeyuan'],
    issuance: null,
    stage: 'CONSULTATION',
  },
  {
    key: 'supplies',
    title: '浙江省应急物资储备“十四五”规划',
    kind: 'SPECIAL',
    leadUnit: 'jianzai',
    coUnits: [],
    issuance: null,
    stage: 'CONSULTATION',
  },
];

const TOPIC_DUE = '2019-11-30';

/**
 * The 22 key research topics of 附件2, in order. Title and content are verbatim (including the
 * document's own wording, e.g. “全市” in topic 9). Non-unit co-operators are kept verbatim in
 * `otherCoOperators` and mentioned in `progressNote`; for topic 19, “省安科院党委” (the party
 * committee of 省安科院) is also mapped to the unit `ankeyuan`.
 *
 * As of 2020-11-16 all 22 are DONE. Topics 1 and 2 finished late (December 2019): both needed
 * wide co-ordination (topic 1 seven divisions plus invited experts, topic 2 seven outside bodies).
 */
export const TOPICS: SeedTopic[] = [
  {
    number: 1,
    title: '关于构建统筹高效的应急管理运行机制的研究',
    content:
      '重点研究机构改革后，如何全面界定、清晰应急管理部门与各相关部门在防范防治、应急救援、减灾救灾方面的职能，特别是发挥出应急管理部门统筹协调、指导督查的作用，构建完善统筹高效的应急管理机制，聚焦当前工作运行中的问题精准提出建议对策，推动应急管理事业发展。',
    leadUnit: 'bangongshi',
    coUnits: ['zhihui', 'jiuyuan', 'fangxun', 'dizhen', 'jianzai', 'fanghuo', 'xietiao'],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告并经邀请的相关专家评审；因涉及多个处室职能界定、反复会商，延至12月中旬完成',
    completedOn: '2019-12-12',
    otherCoOperators: ['同时邀请相关专家参与研究'],
  },
  {
    number: 2,
    title: '安全生产责任保险“保险+服务”标准研究',
    content: '通过对安责险保险标准和服务标准等研究，编制“保险+服务”标准文件，规范各行业领域安责险投保、服务工作。',
    leadUnit: 'fagui',
    coUnits: ['junmin', 'jianshe', 'jiaotong', 'nongye', 'shichang', 'jinrong', 'yinbao', 'anjichu', 'weihua'],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成“保险+服务”标准文件（初稿）及研究报告；因需与多个省级部门会商，延至12月下旬完成',
    completedOn: '2019-12-20',
  },
  {
    number: 3,
    title: '新体制下应急管理物资储备和管理体系建设亟待解决的几个问题',
    content:
      '调查分析机构改革后应急物资管理的现状，探讨研究新体制下应急物资储备与管理机制体制建设，为大安全、大应急、大救灾提供有效物资保障。',
    leadUnit: 'jianzai',
    coUnits: ['fangxun', 'dizhen'],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告，成果供应急物资储备专项规划使用',
    completedOn: '2019-11-22',
  },
  {
    number: 4,
    title: '关于加强基层应急救援力量建设的思考',
    content:
      '通过分析若干个县（市、区）应急救援力量的现状，结合辖区的风险评估，研究如何从制定规划、扶持培育、加强管理、提升能力等方面提高各类应急力量的应急处置能力。',
    leadUnit: 'jiuyuan',
    coUnits: ['renshi'],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已完成县（市、区）抽样调研，形成研究报告',
    completedOn: '2019-11-15',
  },
  {
    number: 5,
    title: '大安全、大应急、大减灾应急体系和应急能力研究',
    content: '开展大安全、大应急、大减灾应急体系和应急能力调研，摸清全省基本情况，就提高相应能力提出针对性对策措施。',
    leadUnit: 'guicai',
    coUnits: ['ankeyuan'],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告并通过评审，成果纳入总体规划基本思路',
    completedOn: '2019-11-28',
  },
  {
    number: 6,
    title: '全省化工园区（集中区）安全生产管理现状及对策措施',
    content:
      '总体分析全省化工园区（集中区）规划、布局、区域风险，以及五个一体化建设情况，分析存在的问题和不足，提出提升的对策意见。',
    leadUnit: 'weihua',
    coUnits: [],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告',
    completedOn: '2019-10-31',
  },
  {
    number: 7,
    title: '创新社会消防治理模式，不断提升公共消防安全管理水平',
    content:
      '结合学习贯彻落实党的十九大和十九届二中、三中全会精神，对标“八八战略”再深化、改革开放再出发要求，准确把握消防工作新情况新问题，深入推进消防安全三年翻身仗等火灾隐患治理行动，保证全省火灾形势持续稳定。',
    leadUnit: 'xiaofang',
    coUnits: [],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告',
    completedOn: '2019-11-08',
  },
  {
    number: 8,
    title: '准确把握消防工作新情况新问题，努力开创新时代消防事业新局面',
    content:
      '按照城市安全发展和乡村振兴战略，围绕瞄准“靶心”防大火、夯实基础控小火，统筹推动城乡公共消防设施建设，填平“洼地”、补齐短板，努力开创新时代消防事业新局面。',
    leadUnit: 'xiaofang',
    coUnits: [],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告',
    completedOn: '2019-11-08',
  },
  {
    number: 9,
    title: '全省应急管理系统信息化建设情况调研',
    content: '全面了解掌握全市应急管理系统信息化建设情况，分析存在问题，提出意见建议。',
    leadUnit: 'kexin',
    coUnits: [],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已完成调研并形成调研报告，成果供信息化专项规划使用',
    completedOn: '2019-11-20',
  },
  {
    number: 10,
    title: '关于浙江省沿海地区防台风能力的研究',
    content:
      '分析沿海地区防台工作现状及防御能力（包括工程措施、非工程措施以及防汛工作人员能力建设情况），剖析存在的问题，提出对策建议。',
    leadUnit: 'fangxun',
    coUnits: [],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告',
    completedOn: '2019-10-25',
  },
  {
    number: 11,
    title: '加强基层社会应急联动机制建设，提升应急指挥能力和突发事件应对处置水平',
    content:
      '通过对机构改革后的基层社会应急联动工作运行情况的调研分析，以政府数字化转型下数据信息资源的整合利用为契机，破解应急处置信息孤岛难题，推动安全生产、自然灾害、平安建设、民生服务各平台的有效整合，构建基层社会应急联动“1（应急指挥中心）+N”新机制，着力提升应急指挥能力和突发事件应对处置水平。',
    leadUnit: 'zhihui',
    coUnits: [],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告并通过评审',
    completedOn: '2019-11-27',
  },
  {
    number: 12,
    title: '关于提高基层地质灾害应急处置能力的研究',
    content:
      '针对机构改革后，基层地质灾害应急力量不足，职责不够清晰等问题，通过调研、研究并提出对策建议，帮助基层提高地质灾害应急处置能力。',
    leadUnit: 'dizhen',
    coUnits: ['lishui'],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已赴丽水开展实地调研，形成研究报告',
    completedOn: '2019-11-29',
  },
  {
    number: 13,
    title: '我省森林消防队伍现状调查及思考',
    content:
      '调查了解我省森林火灾扑救队伍中综合性救援队伍以及专业、半专业、社会力量的建设情况，分析存在的问题，为下步队伍建设提出意见和建议。',
    leadUnit: 'fanghuo',
    coUnits: ['jiuyuan'],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成调查报告',
    completedOn: '2019-11-14',
  },
  {
    number: 14,
    title: '关于加强我省航空护林、提升防灾救灾能力的调研',
    content: '调查了解我省目前航空护林开展情况，与兄弟省份存在的差异，分析存在的问题，为下步工作提出意见和建议。',
    leadUnit: 'fanghuo',
    coUnits: ['hanghu'],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成调研报告',
    completedOn: '2019-11-21',
  },
  {
    number: 15,
    title: '加强小微企业园安全管理',
    content: '分析小微企业园现状及存在的问题，提出下一步工作建议和对策。',
    leadUnit: 'anjichu',
    coUnits: [],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告',
    completedOn: '2019-11-19',
  },
  {
    number: 16,
    title: '安全生产执法检查数字化实践',
    content: '通过实践“掌上执法”，实现安全生产执法检查的数字化。',
    leadUnit: 'zhifa',
    coUnits: ['fagui'],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成实践总结报告；相关业务处室参与配合',
    completedOn: '2019-11-26',
    otherCoOperators: ['相关业务处室'],
  },
  {
    number: 17,
    title: '推进应急管理工作与基层社会治理“一张网”深度融合',
    content:
      '1.分类优化网格单元；2.建立安全生产事项入格标准；3.强化网格员专业素质提升；4.促进基层网格多通融合；5.推动网格员减员增效。',
    leadUnit: 'xietiao',
    coUnits: [],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告',
    completedOn: '2019-11-12',
  },
  {
    number: 18,
    title: '基层应急管理队伍建设调研',
    content: '了解基层干部队伍建设现状和存在的突出问题，分析原因，并对如何进一步加强基层队伍建设提出意见建议。',
    leadUnit: 'renshi',
    coUnits: [],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成调研报告',
    completedOn: '2019-11-06',
  },
  {
    number: 19,
    title: '以改革创新精神加强机关基层党组织建设的研究',
    content: '重点研究机关基层党组织建设创新点。',
    leadUnit: 'jiguandangwei',
    // “省安科院党委” is mapped to the unit 省安科院; “厅机关各党支部” is not a unit.
    coUnits: ['ankeyuan'],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告；厅机关各党支部、省安科院党委参与配合',
    completedOn: '2019-10-30',
    otherCoOperators: ['厅机关各党支部', '省安科院党委'],
  },
  {
    number: 20,
    title: '浙江省应急救援地方标准建设研究',
    content:
      '开展浙江省应急救援地方标准化建设情况的调研，了解其顶层设计、覆盖面等信息，总结其存在的不足，为完善浙江省应急救援地方标准化建设提供参考和依据。',
    leadUnit: 'ankeyuan',
    coUnits: ['fagui'],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告并通过评审',
    completedOn: '2019-11-25',
  },
  {
    number: 21,
    title: '自媒体时代事故灾害应急处置的舆情应对研究',
    content:
      '通过分析在自媒体时代发生事故灾害等突发事件时舆情应对面临的挑战及探索相应对策，全面提升行业管理部门舆情应对处置能力，从而赢得舆论话语权，掌握应对先机。',
    leadUnit: 'xuanjiao',
    coUnits: ['bangongshi'],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成研究报告',
    completedOn: '2019-11-18',
  },
  {
    number: 22,
    title: '浙江省航空护林基地布局调研',
    content:
      '综合考虑森林资源分布、林火发生规律、森林火险区划等因素，对现有的通用机场进行调研，提出优化飞行基地布局，扩大航空护林抢险救灾有效覆盖范围的相应举措，逐步形成分区部署、重点区域交叉、相互支援的空间格局，全面提升航空护林防灾减灾救灾能力。',
    leadUnit: 'hanghu',
    coUnits: [],
    dueOn: TOPIC_DUE,
    status: 'DONE',
    progressNote: '已形成调研报告，提出航空护林基地布局优化建议',
    completedOn: '2019-11-29',
  },
];

/**
 * The key topic the 省发改委 set the department (工作方案, 前期专题研究): not one of 附件2's 22, so it
 * is numbered after them. Its title is the document's; the document gives it no content, units or
 * date, so its content paraphrases the document's sentence about it, its lead unit is the one that
 * runs phase 1 (规财处) with the division whose special plan it feeds (减灾救灾处), and it is due
 * with the other topics. As of 2020-11-16 it is done, on time.
 */
export const COMMISSION_TOPIC: SeedTopic = {
  number: 23,
  title: '浙江省“十四五”期间综合应急救援物资与装备储备布点研究',
  content:
    '省发改委下达的“十四五”全省应急管理领域重点课题：研究全省综合应急救援物资与装备储备的布点，为规划“六个重大”（重大产业、重大平台、重大工程、重大项目、重大政策、重大改革措施）提供思路。',
  leadUnit: 'guicai',
  coUnits: ['jianzai'],
  dueOn: '2019-11-30',
  status: 'DONE',
  progressNote: '已形成研究报告并报省发改委，成果为规划“六个重大”提供思路',
  completedOn: '2019-11-27',
};

/**
 * The four phases of 四、进度安排 and the steps the document lists inside each. Where the document
 * gives no date for a step inside a phase, its dueOn is the phase's end. The commission's key
 * topic is a research topic (COMMISSION_TOPIC), not a step. Statuses are as of 2020-11-16.
 */
export const PHASES: SeedPhase[] = [
  {
    order: 1,
    name: '前期专题研究',
    startsOn: '2019-05-01',
    endsOn: '2019-12-31',
    milestones: [
      {
        // Not one of the steps of 进度安排 but dated by the document itself: the notice that issued
        // the work plan (with 附件3, the leading group and the working group) is dated 2019-11-11.
        title: '印发《浙江省应急管理“十四五”规划编制工作方案》，成立规划编制工作领导小组和规划编制工作组',
        dueOn: '2019-11-11',
        ownerUnit: 'guicai',
        status: 'DONE',
        completedOn: '2019-11-11',
      },
      {
        title: '完成22项重点调研课题，形成研究成果',
        dueOn: '2019-11-30',
        ownerUnit: 'guicai',
        status: 'DONE',
        // The day the last topic (topic 2) was finished.
        completedOn: '2019-12-20',
        note: '20项按期完成，2项（课题1、课题2）于12月完成',
      },
      {
        title: '对接应急管理部和省发展改革委，明确“1+X”规划框架体系',
        dueOn: '2019-12-31',
        ownerUnit: 'guicai',
        status: 'DONE',
        completedOn: '2019-12-18',
        note: '以《浙江省应急管理“十四五”规划》为统领，辅以4个专项规划',
        gateCondition: 'FRAMEWORK_AGREED',
      },
      {
        title: '系统梳理前期研究成果，启动“十四五”规划基本思路编制工作',
        dueOn: '2019-12-31',
        ownerUnit: 'guicai',
        status: 'DONE',
        completedOn: '2019-12-27',
      },
    ],
  },
  {
    order: 2,
    name: '形成规划框架',
    startsOn: '2020-01-01',
    endsOn: '2020-06-30',
    milestones: [
      {
        title: '召开专家学者、社会各界和省级部门代表参加的规划座谈会',
        dueOn: '2020-03-31',
        ownerUnit: 'guicai',
        status: 'DONE',
        completedOn: '2020-03-24',
      },
      {
        title: '赴相关地市实地调研',
        dueOn: '2020-03-31',
        ownerUnit: 'guicai',
        status: 'DONE',
        completedOn: '2020-03-27',
      },
      {
        title: '充分吸收各方建议，形成规划编制思路',
        dueOn: '2020-03-31',
        ownerUnit: 'guicai',
        status: 'DONE',
        completedOn: '2020-03-31',
      },
      {
        title: '起草《浙江省应急管理“十四五”规划》，形成总体规划框架',
        dueOn: '2020-06-30',
        ownerUnit: 'guicai',
        status: 'DONE',
        completedOn: '2020-06-23',
      },
      {
        // Each special plan's lead unit drafts its own plan, so no single owner.
        title: '各牵头单位分头组织起草专项规划，形成专项规划框架',
        dueOn: '2020-06-30',
        ownerUnit: null,
        status: 'DONE',
        completedOn: '2020-06-30',
      },
    ],
  },
  {
    order: 3,
    name: '规划编制与衔接',
    startsOn: '2020-07-01',
    endsOn: '2021-06-30',
    milestones: [
      {
        title: '形成规划（征求意见稿）',
        dueOn: '2020-10-31',
        ownerUnit: 'guicai',
        status: 'DONE',
        completedOn: '2020-10-30',
        note: '总体规划及科技与装备、救援力量、物资储备专项规划已形成征求意见稿；信息化专项规划待项目论证结果确定后形成',
      },
      {
        title: '组织开展重大工程和项目论证',
        dueOn: '2020-10-31',
        ownerUnit: 'guicai',
        status: 'DONE',
        completedOn: '2020-10-23',
      },
      {
        title: '召开省级有关部门、地方征求意见会',
        dueOn: '2020-12-31',
        ownerUnit: 'guicai',
        status: 'IN_PROGRESS',
        completedOn: null,
        note: '正在筹备，拟于11月下旬召开',
      },
      {
        title: '召开人大代表、政协委员征求意见会',
        dueOn: '2020-12-31',
        ownerUnit: 'guicai',
        status: 'IN_PROGRESS',
        completedOn: null,
      },
      {
        title: '召开专家论证会',
        dueOn: '2020-12-31',
        ownerUnit: 'guicai',
        status: 'IN_PROGRESS',
        completedOn: null,
      },
      {
        title:
          '与中央和浙江省有关文件、重要会议、国家应急管理上位规划、省“十四五”规划纲要、相关部门专项规划、区域规划及空间规划进行衔接',
        dueOn: '2021-06-30',
        ownerUnit: 'guicai',
        status: 'PLANNED',
        completedOn: null,
      },
      {
        title: '修改形成规划（送审稿）',
        dueOn: '2021-06-30',
        ownerUnit: 'guicai',
        status: 'PLANNED',
        completedOn: null,
      },
    ],
  },
  {
    order: 4,
    name: '规划审议报批',
    startsOn: '2021-07-01',
    endsOn: '2021-10-31',
    milestones: [
      {
        title: '按规定程序，联合省发展改革委将《浙江省应急管理“十四五”规划》提请省政府印发实施',
        dueOn: '2021-07-31',
        ownerUnit: 'guicai',
        status: 'PLANNED',
        completedOn: null,
      },
      {
        title: '应急管理领域各专项规划由省应急厅印发，及时向省发改委备案',
        dueOn: '2021-10-31',
        ownerUnit: 'guicai',
        status: 'PLANNED',
        completedOn: null,
      },
    ],
  },
];

/**
 * Invented people only. None of them is, or is named after, any official listed in 附件3.
 * The first nine are the demo login accounts; the rest have no login (email null).
 */
export const PEOPLE: SeedPerson[] = [
  { email: 'admin@gongbian.test', name: '周晓敏', title: '系统管理员', role: 'ADMIN', unit: null },
  {
    email: 'working@gongbian.test',
    name: '林思远',
    title: '规财处副处长（规划编制工作组副组长）',
    role: 'WORKING_GROUP',
    unit: 'guicai',
  },
  {
    email: 'leader@gongbian.test',
    name: '孙建明',
    title: '规划编制工作领导小组成员',
    role: 'LEADING_GROUP',
    unit: null,
  },
  { email: 'guicai@gongbian.test', name: '吴佳琪', title: '规财处干部', role: 'UNIT_MEMBER', unit: 'guicai' },
  { email: 'kexin@gongbian.test', name: '许文涛', title: '科信处干部', role: 'UNIT_MEMBER', unit: 'kexin' },
  {
    email: 'jiuyuan@gongbian.test',
    name: '赵海峰',
    title: '应急救援处干部',
    role: 'UNIT_MEMBER',
    unit: 'jiuyuan',
  },
  {
    email: 'expert@gongbian.test',
    name: '钱立群',
    title: '特邀专家（某大学公共管理学院教授）',
    role: 'EXPERT',
    unit: null,
  },
  {
    email: 'observer@gongbian.test',
    name: '冯雨桐',
    title: '观察员（省级有关部门联络员）',
    role: 'OBSERVER',
    unit: null,
  },
  {
    // A liaison of another provincial department: may comment on 征求意见稿 (the document's 征求意见).
    email: 'liaison@gongbian.test',
    name: '顾明轩',
    title: '省发展改革委规划处联络员',
    role: 'OBSERVER',
    unit: 'fagaiwei',
  },

  { email: null, name: '韩志远', title: '规划编制工作领导小组组长', role: 'LEADING_GROUP', unit: null },
  { email: null, name: '邵卫东', title: '规划编制工作领导小组副组长', role: 'LEADING_GROUP', unit: null },
  {
    email: null,
    name: '潘丽娟',
    title: '规财处工作人员（规划编制工作组成员）',
    role: 'WORKING_GROUP',
    unit: 'guicai',
  },
  {
    email: null,
    name: '蒋宇航',
    title: '规财处工作人员（规划编制工作组成员）',
    role: 'WORKING_GROUP',
    unit: 'guicai',
  },
  {
    email: null,
    name: '杜晓燕',
    title: '省安科院研究人员（规划编制工作组成员）',
    role: 'WORKING_GROUP',
    unit: 'ankeyuan',
  },
  {
    email: null,
    name: '程浩然',
    title: '省安科院研究人员（规划编制工作组成员）',
    role: 'WORKING_GROUP',
    unit: 'ankeyuan',
  },
  { email: null, name: '袁志刚', title: '减灾救灾处干部', role: 'UNIT_MEMBER', unit: 'jianzai' },
  { email: null, name: '汪晨曦', title: '应急指挥中心干部', role: 'UNIT_MEMBER', unit: 'zhihui' },
  {
    email: null,
    name: '谭振宇',
    title: '特邀专家（某应急管理研究院研究员）',
    role: 'EXPERT',
    unit: null,
  },
  {
    email: null,
    name: '卢婉清',
    title: '特邀专家（某大学土木工程学院教授）',
    role: 'EXPERT',
    unit: null,
  },
];
