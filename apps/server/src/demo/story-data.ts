/**
 * The demo's story after the 征求意见稿: the meetings of phase 3 with their minutes and conclusions,
 * the experts' written reviews, the milestones as they were met, the 送审稿 and its approval, up to
 * the demo date in phase 4. Pure data, in the document's order (四、进度安排):
 *   2020-10-30 征求意见稿 → Nov–Dec 2020 征求意见会 and 专家论证会 → by 2021-06-30 衔接 and 送审稿
 *   → July 2021 专家论证 approved, 领导小组审议 requested and pending (the demo date, 2021-07-20).
 * Meeting titles, minutes and opinions are invented for the demo; outside attendees are named by
 * their body only. Real officials named in 附件3 never appear.
 */
import type { MeetingKind, ReviewVerdict } from '../domain.js';

/** A moment of the story, Zhejiang time: `2020-11-25 09:30`. */
export type StoryTime = `${number}-${number}-${number} ${number}:${number}`;

export const at = (t: StoryTime): Date => new Date(`${t.replace(' ', 'T')}:00+08:00`);

/** The demo's programme date: phase 4, with the master plan's 领导小组审议 pending. */
export const DEMO_DATE = '2021-07-20';

/** When the master plan's versions were published, and until when its 征求意见稿 took comments. */
export const MASTER_V1_AT: StoryTime = '2020-10-30 10:00';
export const MASTER_V1_COMMENT_DEADLINE: StoryTime = '2020-12-31 18:00';
export const MASTER_V2_AT: StoryTime = '2021-06-28 10:00';

/** The opinions on the 征求意见稿 are raised one a day from this day, and decided after the meetings. */
export const OPINIONS_FROM = '2020-11-02';
export const DISPOSITIONS_ON = '2020-12-14';

export interface StoryActionItem {
  title: string;
  ownerUnit: string;
  dueOn: string;
  /** What became of it by the demo date, and when. */
  done: StoryTime | null;
}

/** An opinion voiced at a meeting and recorded by the working group, on the 征求意见稿 as a whole. */
export interface StoryMeetingOpinion {
  externalAuthor: string;
  body: string;
  status: 'ADOPTED' | 'PARTLY_ADOPTED' | 'NOT_ADOPTED';
  reason: string;
}

export interface StoryMeeting {
  key: string;
  kind: MeetingKind;
  title: string;
  /** When the working group logged it, ahead of the day. */
  loggedAt: StoryTime;
  startsAt: StoryTime;
  location: string;
  hostUnit: string;
  /** Demo accounts (local part of the e-mail) or, for people without a login, their names. */
  attendees: string[];
  externalAttendees: string[];
  agenda: string;
  /** Written the afternoon of the meeting; empty for a meeting yet to take place. */
  minutes: string;
  actionItems: StoryActionItem[];
  opinions: StoryMeetingOpinion[];
  conclusion: { verdict: 'PASSED' | 'PASSED_WITH_REVISIONS' | 'NOT_PASSED'; text: string } | null;
  /** The milestone (by the start of its title) the meeting fulfils, and when it was marked done. */
  milestone: { title: string; doneAt: StoryTime } | null;
}

export const MEETINGS: StoryMeeting[] = [
  {
    key: 'departments',
    kind: 'SOLICITATION',
    title: '《浙江省应急管理“十四五”规划（征求意见稿）》省级有关部门和地方征求意见会',
    loggedAt: '2020-11-18 16:00',
    startsAt: '2020-11-25 09:30',
    location: '省应急管理厅三楼会议室',
    hostUnit: 'guicai',
    attendees: ['working', 'guicai', 'liaison', 'kexin', 'jiuyuan'],
    externalAttendees: [
      '省财政厅',
      '省自然资源厅',
      '省水利厅',
      '杭州市应急管理局',
      '宁波市应急管理局',
      '丽水市应急管理局',
    ],
    agenda: '一、规财处介绍征求意见稿编制情况\n二、各部门、各地发表意见\n三、工作组说明意见处理安排',
    minutes: [
      '一、规财处介绍了征求意见稿的编制过程、总体框架和主要指标。',
      '二、与会部门和地方共提出意见12条，主要集中在：',
      '（一）主要指标与省“十四五”规划纲要的衔接，建议统一口径和基数年份；',
      '（二）重大工程的资金来源和用地保障，建议与年度投资计划相衔接；',
      '（三）基层应急能力建设的财政保障，建议明确市县事权。',
      '三、工作组说明：书面意见请于12月4日前反馈，工作组汇总后形成意见采纳情况表，逐条说明采纳情况。',
    ].join('\n'),
    actionItems: [
      {
        title: '汇总各部门和地方书面意见，形成意见采纳情况表',
        ownerUnit: 'guicai',
        dueOn: '2020-12-15',
        done: '2020-12-14 17:00',
      },
      {
        title: '与省发展改革委对接主要指标口径，纳入衔接工作',
        ownerUnit: 'guicai',
        dueOn: '2021-06-18',
        done: '2021-06-18 16:00',
      },
    ],
    opinions: [
      {
        externalAuthor: '省财政厅',
        body: '重大工程投资规模较大，建议注明资金来源以中央预算内投资、地方政府专项债券和社会资本为主，省级财政按现行政策给予支持。',
        status: 'ADOPTED',
        reason: '采纳。已在第九章重大工程中补充资金来源表述。',
      },
      {
        externalAuthor: '宁波市应急管理局',
        body: '建议将基层应急管理能力建设的经费保障明确为市县事权，省级给予适当补助，避免规划任务落地时资金不到位。',
        status: 'PARTLY_ADOPTED',
        reason:
          '部分采纳。保障措施中已明确各级政府按事权承担支出责任；省级补助方式由省财政厅另行研究，不在规划中写定比例。',
      },
    ],
    conclusion: null,
    milestone: { title: '召开省级有关部门、地方征求意见会', doneAt: '2020-11-25 18:00' },
  },
  {
    key: 'deputies',
    kind: 'SOLICITATION',
    title: '《浙江省应急管理“十四五”规划（征求意见稿）》人大代表、政协委员征求意见会',
    loggedAt: '2020-12-01 10:00',
    startsAt: '2020-12-09 14:30',
    location: '省应急管理厅三楼会议室',
    hostUnit: 'guicai',
    attendees: ['working', 'guicai'],
    externalAttendees: ['省人大代表（3名）', '省政协委员（3名）'],
    agenda: '一、介绍征求意见稿\n二、代表、委员发表意见',
    minutes: [
      '一、工作组介绍了征求意见稿的主要内容。',
      '二、代表、委员共提出意见6条，主要是：',
      '（一）加强城乡社区应急避难场所建设，兼顾老年人、残疾人等群体需要；',
      '（二）加大应急科普宣传力度，推动应急知识进学校、进社区、进企业。',
      '三、工作组将意见纳入意见采纳情况表，逐条答复。',
    ].join('\n'),
    actionItems: [],
    opinions: [
      {
        externalAuthor: '省人大代表',
        body: '应急避难场所建设要兼顾老年人、残疾人等特殊群体，建议在规划中提出无障碍设施配置要求。',
        status: 'ADOPTED',
        reason: '采纳。已在第三章夯实基层应急管理基础中补充相关要求。',
      },
    ],
    conclusion: null,
    milestone: { title: '召开人大代表、政协委员征求意见会', doneAt: '2020-12-09 18:00' },
  },
  {
    key: 'argument',
    kind: 'EXPERT_REVIEW',
    title: '《浙江省应急管理“十四五”规划》专家论证会',
    loggedAt: '2020-12-15 09:00',
    startsAt: '2020-12-22 09:00',
    location: '省应急管理厅一楼报告厅',
    hostUnit: 'guicai',
    attendees: ['working', 'guicai', 'leader', 'expert', '谭振宇', '卢婉清'],
    externalAttendees: ['省发展改革委规划处'],
    agenda: '一、工作组汇报规划编制情况和意见采纳情况\n二、专家质询和讨论\n三、形成论证意见',
    minutes: [
      '一、工作组汇报了规划编制过程、征求意见情况和主要修改内容。',
      '二、专家组认为：规划目标明确、任务全面、重点突出，符合国家和省有关要求。',
      '三、专家组建议：',
      '（一）进一步细化约束性指标的测算依据；',
      '（二）重大工程按轻重缓急排序，明确前期工作要求；',
      '（三）加强与国家应急体系规划和省规划纲要的衔接。',
      '四、论证结论：修改后通过。',
    ].join('\n'),
    actionItems: [
      {
        title: '按专家论证意见修改完善，形成规划送审稿',
        ownerUnit: 'guicai',
        dueOn: '2021-06-30',
        done: '2021-06-28 10:30',
      },
    ],
    opinions: [],
    conclusion: {
      verdict: 'PASSED_WITH_REVISIONS',
      text: '专家组一致认为规划编制依据充分、目标任务明确，同意通过论证；请编制组按论证意见进一步细化指标测算依据、优化重大工程排序、加强与上位规划衔接后形成送审稿。',
    },
    milestone: { title: '召开专家论证会', doneAt: '2020-12-22 18:00' },
  },
  {
    key: 'alignment',
    kind: 'ALIGNMENT',
    title: '规划主要指标与省“十四五”规划纲要衔接会',
    loggedAt: '2021-06-08 09:00',
    startsAt: '2021-06-10 14:00',
    location: '省发展改革委',
    hostUnit: 'guicai',
    attendees: ['working', 'guicai', 'liaison'],
    externalAttendees: [],
    agenda: '逐项核对主要指标的口径、基数和目标值',
    minutes: [
      '一、双方逐项核对了规划主要指标。',
      '二、生产安全事故死亡人数下降幅度与省规划纲要保持一致；',
      '三、应急物资储备库覆盖率统一按县级口径统计。',
    ].join('\n'),
    actionItems: [],
    opinions: [],
    conclusion: null,
    // The meeting settled the indicators; the whole of 衔接 was done a week later.
    milestone: { title: '与中央和浙江省有关文件', doneAt: '2021-06-18 18:00' },
  },
  {
    key: 'leading-group',
    kind: 'LEADING_GROUP',
    title: '规划编制工作领导小组会议（审议规划送审稿）',
    loggedAt: '2021-07-08 10:00',
    startsAt: '2021-07-23 15:00',
    location: '省应急管理厅一楼报告厅',
    hostUnit: 'guicai',
    attendees: ['leader', '韩志远', '邵卫东', 'working'],
    externalAttendees: [],
    agenda: '审议《浙江省应急管理“十四五”规划（送审稿）》',
    minutes: '',
    actionItems: [],
    opinions: [],
    conclusion: null,
    milestone: null,
  },
];

/** The milestone whose 送审稿 the master plan's second version fulfils. */
export const REVIEW_DRAFT_MILESTONE = '修改形成规划（送审稿）';
/** Phase 4's step the master plan is at on the demo date. */
export const SUBMISSION_MILESTONE = '按规定程序，联合省发展改革委';

export interface StoryReview {
  /** A demo account or the name of an expert without a login. */
  expert: string;
  version: 1 | 2;
  assignedAt: StoryTime;
  dueOn: string;
  answer: { at: StoryTime; accept: true } | { at: StoryTime; accept: false; reason: string } | null;
  submitted: {
    at: StoryTime;
    verdict: ReviewVerdict;
    foresight: number;
    scientific: number;
    operability: number;
    summary: string;
  } | null;
}

/**
 * Written reviews, in every state by the demo date: on the 征求意见稿 two submitted and one declined;
 * on the 送审稿 one accepted and under way, one still an invitation (the demo expert's, to answer).
 */
export const REVIEWS: StoryReview[] = [
  {
    expert: 'expert',
    version: 1,
    assignedAt: '2020-11-10 09:30',
    dueOn: '2020-12-10',
    answer: { at: '2020-11-11 10:00', accept: true },
    submitted: {
      at: '2020-12-05 16:00',
      verdict: 'APPROVE_WITH_REVISIONS',
      foresight: 4,
      scientific: 4,
      operability: 3,
      summary: '规划框架完整，目标总体合理。主要任务的可操作性有待加强，建议明确分工和时限，细化约束性指标的测算依据。',
    },
  },
  {
    expert: '谭振宇',
    version: 1,
    assignedAt: '2020-11-10 09:30',
    dueOn: '2020-12-10',
    answer: { at: '2020-11-12 09:00', accept: true },
    submitted: {
      at: '2020-12-08 11:00',
      verdict: 'APPROVE_WITH_REVISIONS',
      foresight: 5,
      scientific: 4,
      operability: 4,
      summary: '风险研判充分，重大工程安排基本合理。建议按轻重缓急对重大工程排序，并说明与国家应急体系规划的衔接。',
    },
  },
  {
    expert: '卢婉清',
    version: 1,
    assignedAt: '2020-11-10 09:30',
    dueOn: '2020-12-10',
    answer: {
      at: '2020-11-12 14:00',
      accept: false,
      reason: '12月上旬在外地参加课题验收，时间冲突；可参加专家论证会。',
    },
    submitted: null,
  },
  {
    expert: '谭振宇',
    version: 2,
    assignedAt: '2021-06-29 09:30',
    dueOn: '2021-07-30',
    answer: { at: '2021-06-30 10:00', accept: true },
    submitted: null,
  },
  {
    expert: 'expert',
    version: 2,
    assignedAt: '2021-07-12 09:30',
    dueOn: '2021-07-30',
    answer: null,
    submitted: null,
  },
];

/** The master plan's approval so far: 专家论证 granted on the 专家论证会, 领导小组审议 requested. */
export const APPROVAL = {
  argumentRequestedAt: '2021-07-02 09:00' as StoryTime,
  argumentDecidedAt: '2021-07-06 15:00' as StoryTime,
  argumentOpinion:
    '2020年12月22日专家论证会结论为修改后通过；编制组已按论证意见细化指标测算依据、优化重大工程排序、完成与上位规划衔接，同意提交领导小组审议。',
  leadingGroupRequestedAt: '2021-07-07 09:00' as StoryTime,
  phase4StartedAt: '2021-07-07 09:30' as StoryTime,
};

/** The 省发改委 liaison's opinion on the 征求意见稿, as the document's 征求意见 of departments asks. */
export const LIAISON_OPINION = {
  at: '2020-11-20 15:00' as StoryTime,
  body: '建议规划主要指标与省“十四五”规划纲要保持一致，生产安全事故死亡人数等指标的基数年份和统计口径请与我委对接后确定。',
  reply: { at: '2020-11-23 09:30' as StoryTime, body: '收到，拟在征求意见会后专门对接，逐项核对指标口径。' },
  reason: '采纳。已与省发展改革委逐项核对主要指标口径，送审稿指标与省规划纲要保持一致。',
};
