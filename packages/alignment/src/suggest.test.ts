import { describe, expect, it } from 'vitest';
import { MASTER_V1_GOALS, MASTER_V1_HISTORY, MASTER_V2_TABLE, SUPPLIES_V1_GOALS } from './demo-blocks.fixture.js';
import { statesValue } from './states.js';
import { suggestIndicators } from './suggest.js';
import type { IndicatorSuggestion, SuggestionBlock } from './suggest-types.js';

function expectExact(blocks: readonly SuggestionBlock[], suggestions: IndicatorSuggestion[]) {
  for (const s of suggestions) {
    const block = blocks.find((b) => b.id === s.source.blockId);
    expect(block?.text.slice(s.source.start, s.source.end)).toBe(s.source.quote);
  }
}

const paragraph = (text: string, id = 'p1'): SuggestionBlock => ({ id, kind: 'PARAGRAPH', text });
const table = (rows: string[][], id = 't1'): SuggestionBlock => ({
  id,
  kind: 'TABLE',
  text: rows.map((r) => r.join(' | ')).join('\n'),
});

describe('suggestIndicators: the demo master plan', () => {
  const suggestions = suggestIndicators(MASTER_V1_GOALS);
  const byName = (name: string) => suggestions.find((s) => s.name === name);

  it('reads every row of 表1 with baseline, target, years and 约束性/预期性', () => {
    const rows = suggestions.filter((s) => s.source.blockId === 'b36');
    expect(rows).toHaveLength(11);
    expect(byName('应急物资储备库覆盖率')).toEqual({
      name: '应急物资储备库覆盖率',
      unit: '%',
      baseline: 85,
      baselineYear: 2020,
      target: 100,
      targetYear: 2025,
      kind: 'EXPECTED',
      direction: 'AT_LEAST',
      source: {
        blockId: 'b36',
        start: expect.any(Number),
        end: expect.any(Number),
        quote: '应急物资储备库覆盖率 | 85% | 100% | 预期性',
      },
    });
  });

  it('reads ≤ and 以内 as lower-is-better, even above the baseline, and keeps the unit of the figure', () => {
    expect(byName('森林火灾受害率')).toMatchObject({ unit: '‰', baseline: 0.5, target: 0.9, direction: 'AT_MOST' });
    expect(byName('灾害发生后受灾人员基本生活得到有效救助时间')).toMatchObject({
      unit: '小时',
      baseline: 12,
      target: 10,
      direction: 'AT_MOST',
    });
    expect(byName('年均每百万人口因自然灾害死亡率')).toMatchObject({ unit: '', target: 0.4, direction: 'AT_MOST' });
  });

  it('reads the direction from the baseline, else from what the name measures', () => {
    expect(byName('道路交通万车死亡率')).toMatchObject({ baseline: 1.4, target: 1.15, direction: 'AT_MOST' });
    const decline = byName('生产安全事故死亡人数下降率');
    expect(decline).toMatchObject({ unit: '%', target: 15, kind: 'BINDING', direction: 'AT_LEAST' });
    expect(decline).not.toHaveProperty('baseline');
  });

  it('reads targets from sentences, with the year of the sentence or the paragraph before', () => {
    expect(byName('累计制修订应急管理地方标准')).toEqual({
      name: '累计制修订应急管理地方标准',
      unit: '项',
      target: 30,
      targetYear: 2025,
      direction: 'AT_LEAST',
      source: {
        blockId: 'b42',
        start: expect.any(Number),
        end: expect.any(Number),
        quote: '到2025年累计制修订应急管理地方标准30项以上',
      },
    });
    expect(byName('省级每年组织开展跨部门、跨区域的综合性应急演练')).toMatchObject({
      unit: '次',
      target: 1,
      targetYear: 2025,
      direction: 'AT_LEAST',
    });
  });

  it('gives every source as exact offsets into its block, and every quote states its target', () => {
    expectExact(MASTER_V1_GOALS, suggestions);
    for (const s of suggestions) {
      if (s.target !== undefined) expect(statesValue(s.source.quote, s.target, s.unit)).toBe(true);
    }
  });

  it('reads the revised table of the 送审稿 with its new row', () => {
    const v2 = suggestIndicators(MASTER_V2_TABLE);
    expect(v2).toHaveLength(12);
    expect(v2.find((s) => s.name === '重点行业领域规上企业安全风险在线监测覆盖率')).toMatchObject({
      baseline: 55,
      target: 95,
      targetYear: 2025,
      kind: 'EXPECTED',
    });
    expectExact(MASTER_V2_TABLE, v2);
  });

  it('suggests nothing from what was done (较2015年下降41.8%, 600余支)', () => {
    expect(suggestIndicators(MASTER_V1_HISTORY)).toEqual([]);
  });
});

describe('suggestIndicators: the demo special plan', () => {
  const suggestions = suggestIndicators(SUPPLIES_V1_GOALS);

  it('takes the unit from the name in brackets and drops it from the name', () => {
    expect(suggestions.find((s) => s.name === '省级应急物资储备库数量')).toMatchObject({
      unit: '个',
      baseline: 5,
      target: 8,
      kind: 'EXPECTED',
      direction: 'AT_LEAST',
    });
    expect(suggestions.find((s) => s.name === '救灾物资运抵受灾县时间')).toMatchObject({
      unit: '小时',
      target: 8,
      kind: 'BINDING',
      direction: 'AT_MOST',
    });
    expect(suggestions.find((s) => s.name === '乡镇（街道）应急物资储备点覆盖率')).toMatchObject({ unit: '%' });
  });

  it('reads 不低于…的30% in a list item, and no year once a heading has passed', () => {
    const share = suggestions.find((s) => s.unit === '%' && s.target === 30);
    expect(share).toMatchObject({ name: '实物储备规模应对一次特别重大灾害需求', direction: 'AT_LEAST' });
    expect(share).not.toHaveProperty('targetYear');
    expect(suggestions.filter((s) => s.source.blockId === 'b23')).toEqual([]);
    expectExact(SUPPLIES_V1_GOALS, suggestions);
  });
});

describe('suggestIndicators: tables', () => {
  it('reads 单位, 基期值/目标值 and 属性 columns in any order', () => {
    const block = table([
      ['序号', '指标名称', '单位', '2025年(目标值)', '2020年(基期值)', '指标属性'],
      ['1', '综合性消防救援队伍人员', '万人', '1.5', '1.2', '预期性'],
      ['2', '专业救援队伍', '支', '≥250', '200', '约束性'],
    ]);
    expect(suggestIndicators([block])).toEqual([
      expect.objectContaining({ name: '综合性消防救援队伍人员', unit: '万人', baseline: 1.2, baselineYear: 2020 }),
      expect.objectContaining({
        name: '专业救援队伍',
        unit: '支',
        target: 250,
        targetYear: 2025,
        direction: 'AT_LEAST',
      }),
    ]);
  });

  it('takes the year of a 目标值 column from 十四五 or from the text before the table', () => {
    const header = ['指标', '现状值', '目标值', '属性'];
    const row = ['森林火灾受害率', '0.5‰', '≤0.9‰', '约束性'];
    const [fromContext] = suggestIndicators([paragraph('到2025年，主要指标如下。'), table([header, row])]);
    expect(fromContext).toMatchObject({ target: 0.9, targetYear: 2025, baseline: 0.5 });
    const [fromPeriod] = suggestIndicators([
      table([
        ['指标', '“十四五”目标'],
        ['森林火灾受害率', '≤0.9‰'],
      ]),
    ]);
    expect(fromPeriod).toMatchObject({ target: 0.9, targetYear: 2025, direction: 'AT_MOST' });
  });

  it('skips a title row, blank values and tables that hold no targets', () => {
    const titled = table([['表2 主要指标'], ['指标', '2025年'], ['覆盖率', '95%'], ['分类标题', '—']]);
    const found = suggestIndicators([titled]);
    expect(found.map((s) => s.name)).toEqual(['覆盖率']);
    expectExact([titled], found);
    expect(
      suggestIndicators([
        table([
          ['单位', '职责'],
          ['减灾处', '牵头'],
        ]),
      ]),
    ).toEqual([]);
  });

  it('keeps offsets exact on every row, the last one included', () => {
    const block = table([
      ['指标', '2020年', '2025年'],
      ['甲率', '1%', '2%'],
      ['乙率', '3%', '4%'],
    ]);
    const found = suggestIndicators([block]);
    expect(found.map((s) => s.source.quote)).toEqual(['甲率 | 1% | 2%', '乙率 | 3% | 4%']);
    expectExact([block], found);
  });
});

describe('suggestIndicators: sentences', () => {
  it.each([
    ['到2025年，灾害预警信息公众覆盖率达到95%以上。', '灾害预警信息公众覆盖率', 95, '%', 'AT_LEAST'],
    ['到2025年，受灾人员救助时间控制在10小时以内。', '受灾人员救助时间', 10, '小时', 'AT_MOST'],
    ['到2025年，年均因灾直接经济损失占GDP比例不超过0.5%。', '年均因灾直接经济损失占GDP比例', 0.5, '%', 'AT_MOST'],
    ['到2025年，生产安全事故死亡人数较2020年下降15%。', '生产安全事故死亡人数下降率', 15, '%', 'AT_LEAST'],
    ['到2025年，亿元GDP死亡率降至0.011以下。', '亿元GDP死亡率', 0.011, '', 'AT_MOST'],
    ['2025年前，社会应急力量队伍提高到800支。', '社会应急力量队伍', 800, '支', 'AT_LEAST'],
    ['到2025年，应急救援队伍人数≥ 1.5万人', '应急救援队伍人数', 1.5, '万人', 'AT_LEAST'],
    ['到２０２５年，乡镇（街道）达标率达到１００％', '乡镇（街道）达标率', 100, '%', 'AT_LEAST'],
  ])('reads %j', (text, name, target, unit, direction) => {
    const found = suggestIndicators([paragraph(text)]).filter((s) => s.target === target);
    expect(found).toEqual([
      {
        name,
        unit,
        target,
        targetYear: 2025,
        ...(direction && { direction }),
        source: { blockId: 'p1', start: expect.any(Number), end: expect.any(Number), quote: expect.any(String) },
      },
    ]);
    expectExact([paragraph(text)], found);
  });

  it('quotes the clause that holds the figure', () => {
    const text = '到2025年，全省应急管理体系基本建立，乡镇（街道）达标率达到100%，较2020年提高40个百分点。';
    const found = suggestIndicators([paragraph(text)]);
    expect(found.map((s) => [s.source.quote, s.target, s.unit])).toEqual([
      ['乡镇（街道）达标率达到100%', 100, '%'],
      ['较2020年提高40个百分点', 40, '个百分点'],
    ]);
    expectExact([paragraph(text)], found);
  });

  it('carries a target year from a paragraph to the list below it, until the next heading', () => {
    const blocks: SuggestionBlock[] = [
      paragraph('到2025年，主要目标是：', 'p1'),
      { id: 'l1', kind: 'LIST_ITEM', text: '森林火灾受害率控制在0.9‰以内' },
      { id: 'l2', kind: 'LIST_ITEM', text: '救援队伍达到300支' },
      { id: 'h1', kind: 'HEADING', text: '二、主要任务' },
      { id: 'l3', kind: 'LIST_ITEM', text: '救援队伍达到300支' },
    ];
    const found = suggestIndicators(blocks);
    expect(found.map((s) => [s.source.blockId, s.target, s.targetYear])).toEqual([
      ['l1', 0.9, 2025],
      ['l2', 300, 2025],
    ]);
  });

  it('suggests nothing from counts with no target cue, approximate counts, years or dates', () => {
    for (const text of [
      '依托现有通用机场新建2个航空护林基地。',
      '登记在册的社会应急力量达到600余支。',
      '全省生产安全事故起数和死亡人数较2015年分别下降41.8%和37.5%。',
      '2023年开展规划中期评估，2025年开展总结评估。',
      '救灾物资一般在12小时内运抵受灾县。',
      '到2025年，全省建成3大区域中心。',
      '较大事故起数由2015年的31起下降至2020年的12起。',
      '截至2020年底，全省建成县级储备库80个。',
    ]) {
      expect(suggestIndicators([paragraph(text)])).toEqual([]);
    }
  });

  it('does not read headings', () => {
    expect(suggestIndicators([{ id: 'h', kind: 'HEADING', text: '到2025年覆盖率达到95%以上' }])).toEqual([]);
  });
});
