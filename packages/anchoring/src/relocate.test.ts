import { describe, expect, it } from 'vitest';
import type { Relocation, TextBlock } from './anchor.js';
import { anchorOn, PLAN, PLAN_ORDER, version } from './drafts.fixture.js';
import { createRelocator, relocate } from './relocate.js';

const old = version('v1', PLAN_ORDER);

function placed(result: Relocation, blocks: TextBlock[]) {
  if (result.state === 'ORPHANED') throw new Error('expected the passage to be found');
  const block = blocks.find((b) => b.id === result.anchor.blockId);
  expect(block?.text.slice(result.anchor.start, result.anchor.end)).toBe(result.anchor.quote);
  return { ...result.anchor, index: block ? blocks.indexOf(block) : -1 };
}

describe('relocate', () => {
  it('keeps an anchor ATTACHED at the same offsets when the draft is unchanged', () => {
    const anchor = anchorOn(old, 2, '新建和改造排水泵站40座');
    const next = version('v2', PLAN_ORDER);
    const result = relocate(anchor, old, next);
    expect(result.state).toBe('ATTACHED');
    expect(result.anchor).toEqual({ ...anchor, blockId: 'v2-2' });
  });

  it('stays ATTACHED when only other paragraphs changed or were added', () => {
    const anchor = anchorOn(old, 3, '构建“1+3+N”应急救援力量体系');
    const next = version('v2', [
      PLAN.heading,
      PLAN.supplies.replace('30%', '35%'),
      '新增：推进应急指挥平台建设，实现市、区两级指挥系统互联互通。',
      PLAN.floods,
      PLAN.rescue,
      PLAN.funding,
    ]);
    const result = relocate(anchor, old, next);
    expect(result.state).toBe('ATTACHED');
    expect(placed(result, next)).toMatchObject({ index: 4, start: anchor.start, end: anchor.end });
  });

  it('follows text inserted before the passage in its own paragraph (MOVED, shifted offsets, same quote)', () => {
    const quote = '汛期实行24小时值班和领导带班制度';
    const anchor = anchorOn(old, 2, quote);
    const inserted = '建成城市内涝智能监测预警系统。';
    const next = version('v2', [...PLAN_ORDER]);
    next[2] = { id: 'v2-2', text: PLAN.floods.replace('汛期实行', `${inserted}汛期实行`) };
    const result = relocate(anchor, old, next);
    expect(result.state).toBe('MOVED');
    expect(placed(result, next)).toMatchObject({ index: 2, quote, start: anchor.start + inserted.length });
  });

  it('finds a paragraph moved to another position (MOVED)', () => {
    const quote = '重要民生商品储备满足全市常住人口10天以上的基本生活需求';
    const anchor = anchorOn(old, 1, quote);
    const next = version('v2', [PLAN.heading, PLAN.floods, PLAN.rescue, PLAN.supplies, PLAN.funding]);
    const result = relocate(anchor, old, next);
    expect(result.state).toBe('MOVED');
    expect(placed(result, next)).toMatchObject({ index: 3, quote, start: anchor.start, end: anchor.end });
  });

  it('takes the new wording when a character or two inside the quote changed (MOVED)', () => {
    const anchor = anchorOn(old, 2, '沿海危险区域人员应在6小时内全部转移到位');
    const next = version('v2', [...PLAN_ORDER]);
    next[2] = { id: 'v2-2', text: PLAN.floods.replace('应在6小时', '须在4小时') };
    const result = relocate(anchor, old, next);
    expect(result.state).toBe('MOVED');
    expect(placed(result, next)).toMatchObject({ index: 2, quote: '沿海危险区域人员须在4小时内全部转移到位' });
  });

  it.each([
    ['its first characters were deleted', '新建和改造排水泵站40座', '改造排水泵站40座'],
    ['its last characters were deleted', '汛期实行24小时值班和领导带班制度', '汛期实行24小时值班和领导带班'],
    ['words inside it were rewritten', '汛期实行24小时值班和领导带班制度', '汛期严格执行24小时值班值守制度'],
  ])('ends the new quote where the passage now ends when %s', (_, quote, now) => {
    const anchor = anchorOn(old, 2, quote);
    const next = version('v2', [...PLAN_ORDER]);
    next[2] = { id: 'v2-2', text: PLAN.floods.replace(quote, now) };
    const result = relocate(anchor, old, next);
    expect(result.state).toBe('MOVED');
    expect(placed(result, next)).toMatchObject({ index: 2, quote: now });
  });

  it('sees through full-width letters and Chinese versus ASCII punctuation', () => {
    const anchor = anchorOn(
      old,
      4,
      '（2021—2025年）所需资金按照事权与支出责任相匹配的原则纳入各级财政预算，应急管理投入占ＧＤＰ比重',
    );
    const retyped = PLAN.funding.replace('（', '(').replace('）', ')').replaceAll('，', ',').replace('ＧＤＰ', 'GDP');
    const next = version('v2', [...PLAN_ORDER.slice(0, 4), retyped]);
    const result = relocate(anchor, old, next);
    expect(result.state).toBe('MOVED');
    expect(placed(result, next)).toMatchObject({
      index: 4,
      start: anchor.start,
      quote: '(2021—2025年)所需资金按照事权与支出责任相匹配的原则纳入各级财政预算,应急管理投入占GDP比重',
    });
  });

  it('orphans a passage whose sentence was deleted', () => {
    const anchor = anchorOn(old, 2, '台风红色预警发布后，沿海危险区域人员应在6小时内全部转移到位');
    const next = version('v2', [...PLAN_ORDER]);
    next[2] = { id: 'v2-2', text: PLAN.floods.slice(0, PLAN.floods.indexOf('汛期实行')) };
    expect(relocate(anchor, old, next)).toEqual({ state: 'ORPHANED', anchor: null });
  });

  it('orphans a passage whose paragraph was removed', () => {
    const anchor = anchorOn(old, 3, '建立政府购买服务和补偿机制');
    const next = version('v2', [PLAN.heading, PLAN.supplies, PLAN.floods, PLAN.funding]);
    expect(relocate(anchor, old, next).state).toBe('ORPHANED');
  });

  it('orphans a passage whose paragraph was rewritten beyond recognition', () => {
    const anchor = anchorOn(old, 3, '支持社会应急力量参与抢险救援，建立政府购买服务和补偿机制');
    const rewritten =
      '推动基层应急能力提升。每个街道（乡镇）配备专职应急管理人员，村（居）设立应急服务站，定期组织疏散演练。';
    const next = version('v2', [PLAN.heading, PLAN.supplies, PLAN.floods, rewritten, PLAN.funding]);
    expect(relocate(anchor, old, next).state).toBe('ORPHANED');
  });

  it('does not jump to the same phrase in another paragraph when its own paragraph is gone', () => {
    // "应急物资储备", a 6-character phrase, also occurs in the supplies paragraph.
    const blocks = version('v1', [...PLAN_ORDER, '各区应当将应急物资储备经费列入本级预算。']);
    const anchor = anchorOn(blocks, 5, '应急物资储备');
    const next = version('v2', PLAN_ORDER);
    expect(relocate(anchor, blocks, next).state).toBe('ORPHANED');
  });

  it('still finds a short phrase in its own paragraph after an edit elsewhere in it', () => {
    const anchor = anchorOn(old, 2, '排水泵站');
    const next = version('v2', [...PLAN_ORDER]);
    next[2] = { id: 'v2-2', text: PLAN.floods.replace('200公里', '260公里') };
    const result = relocate(anchor, old, next);
    expect(result.state).toBe('MOVED');
    expect(placed(result, next)).toMatchObject({ index: 2, quote: '排水泵站', start: anchor.start });
  });

  describe('quotes of one or two characters', () => {
    it('are found by their context in the corresponding paragraph', () => {
      const anchor = anchorOn(old, 2, '台风');
      const next = version('v2', [...PLAN_ORDER]);
      const lead = '2024年起，';
      next[2] = { id: 'v2-2', text: lead + PLAN.floods };
      const result = relocate(anchor, old, next);
      expect(result.state).toBe('MOVED');
      expect(placed(result, next)).toMatchObject({ index: 2, quote: '台风', start: anchor.start + lead.length });
    });

    it('are orphaned rather than matched to the same characters elsewhere', () => {
      const blocks = version('v1', [...PLAN_ORDER, '做好台风季节的物资调运工作。']);
      const anchor = anchorOn(blocks, 5, '台风');
      expect(relocate(anchor, blocks, version('v2', PLAN_ORDER)).state).toBe('ORPHANED');
    });

    it('are orphaned when their context was rewritten', () => {
      const anchor = anchorOn(old, 2, '台风');
      const next = version('v2', [...PLAN_ORDER]);
      next[2] = {
        id: 'v2-2',
        text: PLAN.floods.replace('汛期实行24小时值班和领导带班制度，台风红色预警发布后', '遇超强台风时启动一级响应'),
      };
      expect(relocate(anchor, old, next).state).toBe('ORPHANED');
    });
  });

  it('prefers the paragraph at the same place among identical ones', () => {
    const texts = [PLAN.heading, '（一）主要任务', PLAN.supplies, '（一）主要任务', PLAN.floods];
    const blocks = version('v1', texts);
    const anchor = anchorOn(blocks, 3, '主要任务');
    const result = relocate(anchor, blocks, version('v2', texts));
    expect(result).toMatchObject({ state: 'ATTACHED', anchor: { blockId: 'v2-3' } });
  });

  it('re-anchors by quote when the stored offsets no longer match the old block', () => {
    const anchor = { ...anchorOn(old, 2, '完成中小河道综合整治200公里'), start: 3, end: 9 };
    const result = relocate(anchor, old, version('v2', PLAN_ORDER));
    expect(result.state).toBe('MOVED');
    expect(result.anchor?.quote).toBe('完成中小河道综合整治200公里');
  });

  it('finds the passage even when its old block id is unknown', () => {
    const anchor = { ...anchorOn(old, 3, '力争到规划期末登记在册的社会救援队伍达到150支'), blockId: 'deleted' };
    const result = relocate(anchor, old, version('v2', PLAN_ORDER));
    expect(result).toMatchObject({ state: 'MOVED', anchor: { blockId: 'v2-3' } });
  });

  it('gives the same answers through a prepared relocator', () => {
    const next = version('v2', [PLAN.heading, PLAN.floods, PLAN.supplies.replace('30%', '35%'), PLAN.funding]);
    const anchors = [anchorOn(old, 1, '提高30%以上'), anchorOn(old, 2, '新建和改造'), anchorOn(old, 3, '150支')];
    const relocator = createRelocator(old, next);
    expect(anchors.map(relocator)).toEqual(anchors.map((a) => relocate(a, old, next)));
  });
});
