/**
 * The demo's round of public consultation (开门编规划): the 减灾处's 征求意见稿 of the special plan
 * 《浙江省应急物资储备“十四五”规划》, put to the public by the working group, with what the public
 * sent over its first twelve days and what the working group made of it by the demo date
 * (2021-07-20, the round still open): accepted (each now a thread of source PUBLIC for the lead
 * unit, one of them answered), rejected with a note, marked as a duplicate, and still pending.
 *
 * The plan text, figures and opinions are invented for the demo in the style of a provincial
 * 十四五 special plan. Senders are named like 王某 or by a generic body, never by a real person;
 * contacts are fake (example.com, 138000000xx).
 *
 * Pure data: no I/O.
 */
import type { PublicIdentity } from '../modules/consultation/index.js';
import type { StoryTime } from './story-data.js';

/** The plan (programme-data.ts PLANS key), and its lead unit's person who publishes the draft. */
export const SUPPLIES_PLAN = 'supplies';
export const SUPPLIES_AUTHOR = '袁志刚';

export const SUPPLIES_V1_TITLE: string = '浙江省应急物资储备“十四五”规划（征求意见稿）';
export const SUPPLIES_V1_AT: StoryTime = '2021-07-05 10:00';
/** The draft takes comments as long as the public round runs. */
export const SUPPLIES_V1_COMMENT_DEADLINE: StoryTime = '2021-08-08 18:00';

export const SUPPLIES_V1_MARKDOWN: string = `# 浙江省应急物资储备“十四五”规划（征求意见稿）

为加快构建统一高效的应急物资保障体系，提升应对重特大灾害事故的物资保障能力，依据《浙江省应急管理“十四五”规划》和国家关于应急物资保障体系建设的部署要求，结合我省实际，编制本规划。规划期为2021—2025年。

## 一、发展基础

### （一）“十三五”时期主要成效

- **储备网络初步形成**。全省建成省级应急物资储备库5个、市级储备库11个、县级储备库80余个，省、市、县三级储备网络基本成型。
- **储备品种逐步丰富**。储备物资涵盖生活保障、救生、抢险救援三大类60余个品种，基本满足一般灾害的救灾需要。
- **调运机制不断完善**。建立跨部门、跨区域应急物资调拨机制，台风、洪涝期间救灾物资一般在12小时内运抵受灾县。
- **社会参与有序推进**。与一批大型商贸流通企业签订协议储备，探索实物储备与产能储备相结合的方式。

### （二）存在的主要问题

- 储备布局不够均衡，山区和海岛县储备点少、距离远，部分乡镇（街道）尚无储备点。
- 储备结构偏重生活类物资，专业抢险救援装备和应对巨灾的大型物资储备不足。
- 储备信息分散在不同部门和层级，难以实时掌握全省物资底数和分布。
- 企业协议储备和家庭应急储备的引导激励政策不够健全。

## 二、总体要求

### （一）指导思想

坚持人民至上、生命至上，坚持政府主导、社会共建、多元互补，以满足重特大灾害事故应急需要为目标，健全统一领导、分级负责、布局合理、保障有力的应急物资储备体系，为全省防范化解重大安全风险提供坚实的物资保障。

### （二）主要目标

到2025年，建成覆盖省、市、县、乡四级，政府储备与社会储备相结合、实物储备与产能储备相结合的应急物资储备体系，物资保障能力满足同时应对一次特别重大灾害和多起较大灾害的需要。

表1 浙江省应急物资储备“十四五”主要指标（注：2020年数据为预计数）

| 指标 | 2020年 | 2025年目标 | 属性 |
| --- | --- | --- | --- |
| 省级应急物资储备库数量（个） | 5 | 8 | 预期性 |
| 县级应急物资储备库覆盖率 | 85% | 100% | 约束性 |
| 乡镇（街道）应急物资储备点覆盖率 | 60% | 90% | 预期性 |
| 救灾物资运抵受灾县时间（小时） | 12 | 8 | 约束性 |
| 受灾群众基本生活得到初步救助时间（小时） | 12 | 10 | 约束性 |

## 三、主要任务

### （一）优化储备布局

- 按照“省级保重点、市级保区域、县级保基本、乡镇保急需”的思路，在浙西南山区、浙东沿海和舟山海岛新建3个省级区域储备库。
- 推动县级储备库全覆盖，山区和海岛县按照服务半径合理增设前置储备点。
- 乡镇（街道）依托便民服务中心和避灾安置场所设立储备点，存放常用救生和生活物资。

### （二）丰富储备品种

- 动态调整省级储备品种目录，增加大功率排涝、应急发电、卫星通信等抢险救援物资储备。
- 建立以实物储备为基础、协议储备和产能储备为补充的储备方式，实物储备规模不低于应对一次特别重大灾害需求的30%。
- 鼓励家庭储备应急包，编制家庭应急物资储备建议清单并向社会公布。

### （三）提升调运能力

- 建立省级统筹、部门协同、军地联动的物资调运机制，与交通运输、铁路、民航等部门签订应急运输保障协议。
- 推进“应急物资一张图”建设，实现储备库、物资、车辆和运输线路的实时可视化管理。
- 培育一批具备应急运输能力的物流企业，建立应急物流骨干企业名录。

### （四）强化社会储备

- 完善企业协议储备制度，对承担协议储备的企业给予仓储费用补助。
- 引导红十字会、慈善组织等社会力量规范参与应急物资募集和分发。

## 四、保障措施

- **加强组织领导**。各级政府要将应急物资储备体系建设纳入本级国民经济和社会发展规划，明确部门职责分工。
- **加大资金投入**。各级财政按照事权与支出责任相适应的原则，将应急物资购置和储备库运行维护经费纳入预算。
- **强化监督考核**。将储备库覆盖率、物资调运时间等指标纳入防灾减灾工作考核，定期开展储备物资检查和轮换。
`;

/** The round: opened by the working group the day before it opens; open on the demo date. */
export const SUPPLIES_ROUND = {
  openedAt: '2021-07-07 16:00' as StoryTime,
  opensOn: '2021-07-08',
  closesOn: '2021-08-08',
  intro: [
    '为贯彻“开门编规划”的要求，问需于民、问计于民，现将《浙江省应急物资储备“十四五”规划（征求意见稿）》向社会公开征求意见，时间为2021年7月8日至8月8日。',
    '欢迎社会各界阅读全文，选中需要提出意见的段落，或针对全文，在本页填写意见，并选择身份（公众、企业、人大代表、政协委员、专家、组织或其他）；可以署名，也可以匿名。提交后页面会显示回执码，请妥善保存。',
    '联系方式为选填项，仅用于工作组就您的意见与您联系，不对外公开；征求意见结束后，在规定的保存期限届满时删除。',
    '浙江省应急管理“十四五”规划编制工作组',
  ].join('\n'),
};

/** What the working group decided on an opinion, and when. */
export type StoryModeration =
  | { at: StoryTime; decision: 'ACCEPT' }
  | { at: StoryTime; decision: 'REJECT'; note: string }
  | { at: StoryTime; decision: 'DUPLICATE'; of: string; note: string };

/**
 * An opinion from the public. `quote` is an exact substring of one block's imported text that
 * occurs once in the draft; null means the draft as a whole. `authorName` null is anonymous.
 */
export interface StoryPublicOpinion {
  key: string;
  at: StoryTime;
  identity: PublicIdentity;
  authorName: string | null;
  contact: string | null;
  quote: string | null;
  body: string;
  /** Null: still pending on the demo date. */
  moderation: StoryModeration | null;
}

export const PUBLIC_OPINIONS: StoryPublicOpinion[] = [
  {
    key: 'village-points',
    at: '2021-07-08 20:15',
    identity: 'CITIZEN',
    authorName: null,
    contact: null,
    quote: '山区和海岛县按照服务半径合理增设前置储备点',
    body: '我家在山区，去年台风时进村的路断了三天。建议前置储备点明确延伸到偏远行政村，至少存放饮用水、食品和照明用品，让断路的村子能先自救。',
    moderation: { at: '2021-07-12 10:00', decision: 'ACCEPT' },
  },
  {
    key: 'storage-subsidy',
    at: '2021-07-09 09:40',
    identity: 'ENTERPRISE',
    authorName: '王某某',
    contact: 'wang@example.com',
    quote: '对承担协议储备的企业给予仓储费用补助',
    body: '建议按储备物资的品类和占用库容分档明确补助标准，并将承担协议储备和应急运输任务的企业车辆纳入灾时优先通行范围。',
    moderation: { at: '2021-07-12 10:05', decision: 'ACCEPT' },
  },
  {
    key: 'family-kits',
    at: '2021-07-09 15:20',
    identity: 'NPC_DEPUTY',
    authorName: '李某',
    contact: '13800000001',
    quote: '鼓励家庭储备应急包',
    body: '建议对低保户、特困供养人员和独居老人等困难家庭免费配发家庭应急包，不能只停留在“鼓励”上。',
    moderation: { at: '2021-07-12 10:10', decision: 'ACCEPT' },
  },
  {
    key: 'where-to-collect',
    at: '2021-07-10 21:05',
    identity: 'CITIZEN',
    authorName: null,
    contact: null,
    quote: null,
    body: '希望规划写清楚老百姓怎么知道附近的储备点在哪里、受灾后到哪里领物资，最好能在手机上查到。',
    moderation: null,
  },
  {
    key: 'reserve-share',
    at: '2021-07-11 11:30',
    identity: 'EXPERT',
    authorName: '张某',
    contact: 'zhang@example.com',
    quote: '实物储备规模不低于应对一次特别重大灾害需求的30%',
    body: '30%的比例未说明测算依据。建议结合自然灾害综合风险普查成果，分区域测算物资需求，并说明省级储备与中央储备、市县储备的分工。',
    moderation: { at: '2021-07-16 09:30', decision: 'ACCEPT' },
  },
  {
    key: 'property-fees',
    at: '2021-07-12 19:45',
    identity: 'CITIZEN',
    authorName: null,
    contact: '13800000002',
    quote: null,
    body: '我们小区物业乱收费，停车费一年涨了两次，希望有关部门管一管。',
    moderation: {
      at: '2021-07-14 09:00',
      decision: 'REJECT',
      note: '与本规划无关，已转交所在地住房城乡建设部门处理。',
    },
  },
  {
    key: 'village-points-again',
    at: '2021-07-13 08:50',
    identity: 'CITIZEN',
    authorName: '赵某',
    contact: null,
    quote: '山区和海岛县按照服务半径合理增设前置储备点',
    body: '山里的村子离县城太远，发大水时物资送不进来，储备点应该放到村里。',
    moderation: {
      at: '2021-07-14 09:05',
      decision: 'DUPLICATE',
      of: 'village-points',
      note: '与7月8日一条意见相同，已一并处理。',
    },
  },
  {
    key: 'donations',
    at: '2021-07-14 16:10',
    identity: 'CPPCC_MEMBER',
    authorName: '陈某',
    contact: null,
    quote: '引导红十字会、慈善组织等社会力量规范参与应急物资募集和分发',
    body: '建议建立社会捐赠物资统一登记和信息公开平台，按需发布需求清单，避免捐赠物资积压、错配。',
    moderation: null,
  },
  {
    key: 'map-access',
    at: '2021-07-15 10:25',
    identity: 'ORGANIZATION',
    authorName: '某县应急志愿者协会',
    contact: '13800000003',
    quote: '推进“应急物资一张图”建设',
    body: '建议“一张图”向登记在册的社会应急力量开放查询，便于志愿者就近领取、转运物资。',
    moderation: null,
  },
  {
    key: 'tent-advert',
    at: '2021-07-16 14:00',
    identity: 'ENTERPRISE',
    authorName: '某帐篷厂',
    contact: null,
    quote: null,
    body: '本厂专业生产救灾帐篷、折叠床，质优价廉，欢迎各级储备库采购，量大从优。',
    moderation: {
      at: '2021-07-17 09:00',
      decision: 'REJECT',
      note: '属于商业推广信息，不作为规划意见。物资采购按政府采购程序公开进行。',
    },
  },
  {
    key: 'storage-subsidy-again',
    at: '2021-07-17 10:40',
    identity: 'ENTERPRISE',
    authorName: '孙某',
    contact: 'sun@example.com',
    quote: '对承担协议储备的企业给予仓储费用补助',
    body: '协议储备占用仓库时间长、成本高，希望尽快明确补助标准和申领办法。',
    moderation: {
      at: '2021-07-19 09:00',
      decision: 'DUPLICATE',
      of: 'storage-subsidy',
      note: '与7月9日一条企业意见相同。',
    },
  },
  {
    key: 'island-target',
    at: '2021-07-18 20:30',
    identity: 'NPC_DEPUTY',
    authorName: '周某',
    contact: null,
    quote: '在浙西南山区、浙东沿海和舟山海岛新建3个省级区域储备库',
    body: '在舟山海岛建省级区域储备库很有必要，但海岛受风浪影响大，灾时常常停航，物资8小时运抵的目标难以做到。建议对海岛县单列调运时间目标，并在有人居住的海岛设置前置储备点。',
    moderation: null,
  },
  {
    key: 'plain-reading',
    at: '2021-07-19 18:20',
    identity: 'OTHER',
    authorName: null,
    contact: null,
    quote: null,
    body: '建议另外发布一份图解版，用通俗的话讲清楚规划对老百姓有什么用，方便老年人阅读。',
    moderation: null,
  },
];

/** The lead unit's answer to one accepted opinion, then its disposition: the round goes on. */
export const PUBLIC_ANSWER = {
  opinion: 'village-points',
  reply: {
    at: '2021-07-14 15:00' as StoryTime,
    body: '感谢您的意见。我们正在与各山区县核实行政村储备点的设置条件，修改稿将作出回应。',
  },
  disposition: {
    at: '2021-07-16 16:00' as StoryTime,
    status: 'PARTLY_ADOPTED' as const,
    reason:
      '部分采纳。已在“优化储备布局”中增加“交通易中断的偏远行政村设置前置储备点”的要求；具体储备品种由县级根据灾害风险确定，规划不作统一规定。',
  },
};
