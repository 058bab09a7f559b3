import { type Anchor, makeAnchor, type TextBlock } from './anchor.js';

/** Paragraphs of an emergency-management plan (应急管理“十四五”规划), written for these tests. */
export const PLAN = {
  heading: '第三章 提升应急物资保障和救援能力',
  supplies:
    '健全应急物资储备体系。按照“分级负责、集中管理、动态调整”的原则，完善市、区、街道（乡镇）三级应急物资储备网络，到2025年，全市人均应急物资储备量较“十三五”末提高30%以上，重要民生商品储备满足全市常住人口10天以上的基本生活需求。',
  floods:
    '加强防汛防台能力建设。实施海塘达标提升工程，新建和改造排水泵站40座，完成中小河道综合整治200公里。汛期实行24小时值班和领导带班制度，台风红色预警发布后，沿海危险区域人员应在6小时内全部转移到位。',
  rescue:
    '壮大应急救援力量。以国家综合性消防救援队伍为主力、专业救援队伍为协同、社会应急力量为辅助，构建“1+3+N”应急救援力量体系。支持社会应急力量参与抢险救援，建立政府购买服务和补偿机制，力争到规划期末登记在册的社会救援队伍达到150支。',
  funding:
    '本规划（2021—2025年）所需资金按照事权与支出责任相匹配的原则纳入各级财政预算，应急管理投入占ＧＤＰ比重逐年提高，规划中期对主要指标完成情况开展评估。',
} as const;

export const PLAN_ORDER = [PLAN.heading, PLAN.supplies, PLAN.floods, PLAN.rescue, PLAN.funding];

/** One version of a draft; ids carry the version tag because ids are stable only within a version. */
export function version(tag: string, texts: readonly string[]): TextBlock[] {
  return texts.map((text, i) => ({ id: `${tag}-${i}`, text }));
}

/** The anchor a reader would make by selecting the first occurrence of `quote` in block `index`. */
export function anchorOn(blocks: TextBlock[], index: number, quote: string): Anchor {
  const block = blocks[index];
  if (!block) throw new Error(`no block ${index}`);
  const start = block.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in block ${index}`);
  return makeAnchor(block, start, start + quote.length);
}
