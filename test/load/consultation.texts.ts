/**
 * What the public consultation benchmark (consultation.bench.ts) sends: a plan-like draft, opinions
 * as the public page sends them (some in a campaign's words, half on a passage), and solutions to
 * the proof of work, made ahead of the timed phase.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { between, pick, type Rng } from './random.js';
import { repoRoot } from './support.js';

// ---- texts ----------------------------------------------------------------------------------------
const VERBS = ['健全', '完善', '强化', '推进', '提升', '加快', '深化', '构建', '优化', '落实', '夯实', '拓展'];
const AREAS = ['应急管理体系', '安全生产治理', '自然灾害防治', '应急救援力量', '应急物资储备', '基层应急能力'];
const OBJECTS = ['统筹协调机制', '风险防控能力', '监测预警网络', '指挥调度平台', '物资保障体系', '执法监管能力'];
const TAILS = ['确保各项任务落地见效。', '全面提高应对突发事件的能力。', '切实防范化解重大安全风险。'];
const sentence = (r: Rng) =>
  `${pick(r, VERBS)}${pick(r, AREAS)}${pick(r, OBJECTS)}，${pick(r, VERBS)}${pick(r, OBJECTS)}，` +
  `重点任务完成率达到${between(r, 60, 99)}%，${pick(r, TAILS)}`;

/** A plan's text of about `blocks` blocks: chapters of sections, each a heading, 12 paragraphs and 6 list items. */
export function draftMarkdown(r: Rng, blocks: number): string {
  const lines = ['# 全省应急管理“十四五”规划（征求意见稿·测试）'];
  let n = 1;
  for (let c = 1; n < blocks; c++) {
    lines.push('', `## 第${c}章 ${pick(r, AREAS)}`);
    n++;
    for (let s = 1; s <= 8 && n < blocks; s++) {
      lines.push('', `### 第${c}.${s}节 ${pick(r, VERBS)}${pick(r, OBJECTS)}`);
      for (let p = 0; p < 12; p++) lines.push('', Array.from({ length: between(r, 2, 3) }, () => sentence(r)).join(''));
      lines.push('');
      for (let l = 0; l < 6; l++) lines.push(`- ${sentence(r)}`);
      n += 19;
    }
  }
  return `${lines.join('\n')}\n`;
}

const OPENINGS = ['建议', '希望', '恳请', '提议', '我认为应', '请考虑', '强烈建议', '呼吁'];
/** What an opinion is about, each in its own words. */
const CLAUSES = [
  '在每个社区配备应急物资储备点并标明位置',
  '加强山区小流域山洪灾害的监测预警设施建设',
  '把危险化学品道路运输纳入全程视频监管',
  '对高层住宅的消防通道占用问题开展专项整治',
  '在中小学开设每学期不少于两课时的安全教育课',
  '按常住人口核定城市应急避难场所的面积标准',
  '台风来临前提前四十八小时组织渔船回港避风',
  '在林区入口设置智能防火卡口和语音提醒',
  '改造老城区排水管网以缓解暴雨时的内涝',
  '对农村老旧电线开展入户排查和免费更换',
  '要求小微企业每年组织全员安全生产培训',
  '建立乡镇专职消防队并给予稳定的经费保障',
  '将地震应急演练纳入企事业单位年度考核',
  '为独居老人安装燃气泄漏报警和一键呼救装置',
  '公开重大危险源企业名单及周边疏散路线',
  '在高速公路服务区储备应对冰雪天气的物资',
  '利用卫星遥感监测滑坡隐患点的位移变化',
  '给应急救援队伍配备水域救援专业装备',
  '建设覆盖全省的应急指挥调度信息平台',
  '对电动自行车违规进楼充电实行网格化巡查',
  '组织志愿者队伍参与社区灾害信息报送',
  '完善旅游景区游客高峰期的限流和疏导预案',
  '把城市地下空间纳入防汛重点检查范围',
  '加大对安全生产举报的奖励力度并保护举报人',
];
const REASONS = [
  '去年汛期我们这里就吃过亏。',
  '基层人手和经费都明显不够。',
  '现在的做法流于形式，群众感受不到。',
  '希望写明时间表和牵头单位。',
  '这件事关系到千家万户的安全。',
  '兄弟省份已有成熟经验可以借鉴。',
  '规划中的目标值偏低，建议提高。',
  '老人和孩子在这方面最容易受到伤害。',
  '很多企业负责人对此重视不够。',
  '建议每年向社会公布落实情况。',
  '目前各部门之间职责交叉、推诿扯皮。',
  '我在一线工作多年，深有体会。',
];
/** 288 distinct opinions: each topic with each reason once, the openings in turn. */
export const BODIES = CLAUSES.flatMap((clause, c) =>
  REASONS.map((reason, k) => `${OPENINGS[(c + 3 * k) % OPENINGS.length]}${clause}，${reason}`),
);
/** What many send in nearly the same words (a campaign, a forwarded message). */
export const CAMPAIGNS = [
  '强烈支持在每个街道设立应急物资储备点，并定期向居民公开储备清单和检查结果',
  '建议将电动自行车集中充电设施纳入规划，老旧小区楼道充电火灾隐患太大',
  '希望规划明确村级应急广播全覆盖的时间表，台风来时很多老人收不到预警',
  '建议把化工园区周边居民的疏散演练写进规划，每年至少一次',
  '请在规划中增加对外卖骑手等新就业群体的交通安全培训',
  '建议设立面向公众的隐患随手拍举报平台，并公开处理结果',
];
export const VARIANTS = ['。', '！', '。谢谢！', '，支持！', '。（居民）', '。希望采纳。'];
export const IDENTITIES = ['CITIZEN', 'ENTERPRISE', 'NPC_DEPUTY', 'CPPCC_MEMBER', 'EXPERT', 'ORGANIZATION', 'OTHER'];

export interface Block {
  id: string;
  kind: string;
  text: string;
}

/** An opinion as the public page sends it: 30% in a campaign's words, half on a passage. */
export function opinionInput(r: Rng, slug: string, passages: Block[], challenge: string) {
  const body =
    r() < 0.3 ? `${pick(r, CAMPAIGNS)}${pick(r, VARIANTS)}` : `${pick(r, BODIES)}${r() < 0.5 ? '' : pick(r, VARIANTS)}`;
  let anchor: { blockId: string; start: number; end: number; quote: string } | null = null;
  if (r() < 0.5) {
    const b = pick(r, passages);
    const length = between(r, 6, 16);
    const start = between(r, 0, b.text.length - length);
    anchor = { blockId: b.id, start, end: start + length, quote: b.text.slice(start, start + length) };
  }
  return { slug, body, identity: pick(r, IDENTITIES), challenge, ...(anchor ? { anchor } : {}) };
}

// ---- the proof of work, solved ahead -------------------------------------------------------------
interface Altcha {
  solveChallenge(o: { challenge: unknown; deriveKey: unknown }): Promise<unknown | null>;
}
/** altcha-lib is the server's dependency: loaded from there. */
export async function altcha(): Promise<{ solve: (challengeJson: string) => Promise<string> }> {
  const require = createRequire(path.join(repoRoot, 'apps/server/package.json'));
  const lib = (await import(pathToFileURL(require.resolve('altcha-lib')).href)) as Altcha;
  const { deriveKey } = (await import(pathToFileURL(require.resolve('altcha-lib/algorithms/pbkdf2')).href)) as {
    deriveKey: unknown;
  };
  return {
    async solve(challengeJson) {
      const challenge = JSON.parse(challengeJson) as unknown;
      const solution = await lib.solveChallenge({ challenge, deriveKey });
      if (!solution) throw new Error('a challenge was not solved');
      // What the ALTCHA widget posts: base64 JSON.
      return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
    },
  };
}
