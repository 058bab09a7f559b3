import { describe, expect, it } from 'vitest';
import {
  type AlignmentIssue,
  alignmentIssues,
  type HigherFacts,
  type IndicatorFacts,
  issueKey,
  isWeaker,
  sourceFacts,
} from './checks.js';

function indicator(facts: Partial<IndicatorFacts> = {}): IndicatorFacts {
  return {
    id: 'supplies-coverage',
    name: '县级应急物资储备库覆盖率',
    unit: '%',
    target: 100,
    targetYear: 2025,
    direction: 'AT_LEAST',
    kind: 'BINDING',
    ...facts,
  };
}

function master(facts: Partial<IndicatorFacts> = {}): IndicatorFacts {
  return indicator({ id: 'master-coverage', name: '县级以上应急物资储备库覆盖率', kind: 'EXPECTED', ...facts });
}

function higher(facts: Partial<HigherFacts> = {}): HigherFacts {
  return {
    id: 'national-warning',
    document: '《“十四五”国家应急体系规划》（示例）',
    name: '灾害预警信息公众覆盖率',
    unit: '%',
    target: 95,
    targetYear: 2025,
    direction: 'AT_LEAST',
    ...facts,
  };
}

const kinds = (issues: AlignmentIssue[]) => issues.map((i) => i.kind);
const stated = {
  state: 'ATTACHED' as const,
  quote: '县级应急物资储备库覆盖率 | 85% | 100% | 约束性',
  statesValue: true,
};

describe('alignmentIssues: the link to the master plan', () => {
  it('finds nothing when the special plan matches or beats the master indicator', () => {
    expect(alignmentIssues(indicator({ target: 100 }), { supports: master({ target: 100 }) })).toEqual([]);
    expect(alignmentIssues(indicator({ target: 100 }), { supports: master({ target: 95 }) })).toEqual([]);
  });

  it('finds a higher-is-better target below the master one weaker, with both figures in the detail', () => {
    const issues = alignmentIssues(indicator({ target: 90 }), { supports: master({ target: 95 }) });
    expect(issues).toEqual([
      {
        kind: 'WEAKER_THAN_MASTER',
        against: 'MASTER',
        againstId: 'master-coverage',
        detail: '目标值 90% 弱于总体规划指标“县级以上应急物资储备库覆盖率”的 95%（2025年），应不低于 95%',
      },
    ]);
  });

  it('finds a lower-is-better target above the master one weaker', () => {
    const time = { name: '救灾物资运抵受灾县时间', unit: '小时', direction: 'AT_MOST' as const };
    const issues = alignmentIssues(indicator({ ...time, target: 12 }), { supports: master({ ...time, target: 10 }) });
    expect(kinds(issues)).toEqual(['WEAKER_THAN_MASTER']);
    expect(issues[0]?.detail).toBe(
      '目标值 12小时 弱于总体规划指标“救灾物资运抵受灾县时间”的 10小时（2025年），应不高于 10小时',
    );
    expect(alignmentIssues(indicator({ ...time, target: 8 }), { supports: master({ ...time, target: 10 }) })).toEqual(
      [],
    );
  });

  it('judges by the direction of the indicator it supports when the two point different ways', () => {
    const issues = alignmentIssues(indicator({ target: 90, direction: 'AT_MOST' }), {
      supports: master({ target: 95, direction: 'AT_LEAST' }),
    });
    expect(kinds(issues)).toEqual(['WEAKER_THAN_MASTER']);
    expect(
      alignmentIssues(indicator({ target: 96, direction: 'AT_MOST' }), { supports: master({ target: 95 }) }),
    ).toEqual([]);
  });

  it('reports a unit mismatch instead of comparing: % against 个, 万人 against 人', () => {
    const percent = alignmentIssues(indicator({ unit: '个', target: 1 }), {
      supports: master({ unit: '%', target: 95 }),
    });
    expect(percent).toEqual([
      {
        kind: 'UNIT_MISMATCH',
        against: 'MASTER',
        againstId: 'master-coverage',
        detail: '单位“个”与总体规划指标“县级以上应急物资储备库覆盖率”的单位“%”不一致，无法比较目标值',
      },
    ]);
    const people = alignmentIssues(indicator({ unit: '人', target: 3000 }), {
      supports: master({ unit: '万人', target: 1 }),
    });
    expect(kinds(people)).toEqual(['UNIT_MISMATCH']);
  });

  it('compares across spellings of one unit (％ and %)', () => {
    expect(kinds(alignmentIssues(indicator({ unit: '％', target: 90 }), { supports: master({ target: 95 }) }))).toEqual(
      ['WEAKER_THAN_MASTER'],
    );
  });

  it('reports a year mismatch instead of comparing, and both mismatches when both differ', () => {
    const year = alignmentIssues(indicator({ targetYear: 2023, target: 50 }), { supports: master({ target: 95 }) });
    expect(year).toEqual([
      {
        kind: 'YEAR_MISMATCH',
        against: 'MASTER',
        againstId: 'master-coverage',
        detail: '目标年份 2023年 与总体规划指标“县级以上应急物资储备库覆盖率”的 2025年 不一致，无法比较目标值',
      },
    ]);
    const both = alignmentIssues(indicator({ targetYear: 2023, unit: '个' }), { supports: master() });
    expect(kinds(both)).toEqual(['UNIT_MISMATCH', 'YEAR_MISMATCH']);
  });

  it('names an indicator without a unit as such', () => {
    const issues = alignmentIssues(indicator({ unit: '' }), { supports: master({ unit: '%' }) });
    expect(issues[0]?.detail).toBe(
      '单位“（无单位）”与总体规划指标“县级以上应急物资储备库覆盖率”的单位“%”不一致，无法比较目标值',
    );
  });
});

describe('alignmentIssues: the higher target it cites', () => {
  it('finds a target weaker than the higher plan, naming the document', () => {
    const issues = alignmentIssues(indicator({ name: '灾害预警信息公众覆盖率', target: 90 }), { cites: higher() });
    expect(issues).toEqual([
      {
        kind: 'WEAKER_THAN_HIGHER',
        against: 'HIGHER',
        againstId: 'national-warning',
        detail:
          '目标值 90% 弱于《“十四五”国家应急体系规划》（示例）“灾害预警信息公众覆盖率”的 95%（2025年），应不低于 95%',
      },
    ]);
  });

  it('reports unit and year mismatches against the higher target too', () => {
    expect(kinds(alignmentIssues(indicator({ unit: '‰' }), { cites: higher() }))).toEqual(['UNIT_MISMATCH']);
    expect(alignmentIssues(indicator({ targetYear: 2035 }), { cites: higher() })[0]).toMatchObject({
      kind: 'YEAR_MISMATCH',
      against: 'HIGHER',
    });
  });

  it('checks both links at once, master first', () => {
    const issues = alignmentIssues(indicator({ target: 90 }), { supports: master(), cites: higher() });
    expect(kinds(issues)).toEqual(['WEAKER_THAN_MASTER', 'WEAKER_THAN_HIGHER']);
  });
});

describe('alignmentIssues: the stating passage', () => {
  it('finds nothing when the passage still states the value', () => {
    expect(alignmentIssues(indicator(), { source: stated })).toEqual([]);
    expect(alignmentIssues(indicator(), { source: { ...stated, state: 'MOVED' } })).toEqual([]);
  });

  it('reports NO_SOURCE when no passage states it', () => {
    expect(alignmentIssues(indicator(), { source: null })).toEqual([
      { kind: 'NO_SOURCE', detail: '没有原文段落写明目标值 100%' },
    ]);
  });

  it('does not check the source when the caller leaves it out', () => {
    expect(alignmentIssues(indicator())).toEqual([]);
  });

  it('reports SOURCE_ORPHANED when the passage is gone, and nothing more about it', () => {
    expect(alignmentIssues(indicator(), { source: { state: 'ORPHANED', quote: null, statesValue: false } })).toEqual([
      { kind: 'SOURCE_ORPHANED', detail: '写明目标值 100% 的原文段落在最新版本中已删除' },
    ]);
  });

  it('reports SOURCE_CHANGED, quoting the passage now, when an edit dropped the value', () => {
    const quote = '县级应急物资储备库覆盖率 | 85% | 95% | 约束性';
    const source = sourceFacts({ state: 'MOVED', quote }, indicator());
    expect(source.statesValue).toBe(false);
    expect(alignmentIssues(indicator(), { source })).toEqual([
      { kind: 'SOURCE_CHANGED', detail: `原文段落已修改，不再写明目标值 100%，现为“${quote}”` },
    ]);
  });

  it('reports SOURCE_CHANGED for an unmoved passage that does not state the value (the target was edited)', () => {
    const source = sourceFacts({ state: 'ATTACHED', quote: stated.quote }, indicator({ target: 98 }));
    expect(alignmentIssues(indicator({ target: 98 }), { source })[0]?.detail).toBe(
      `原文段落未写明目标值 98%，现为“${stated.quote}”`,
    );
  });

  it('shortens a long passage in the detail', () => {
    const quote = '推'.repeat(60);
    const [issue] = alignmentIssues(indicator(), { source: { state: 'MOVED', quote, statesValue: false } });
    expect(issue?.detail).toBe(`原文段落已修改，不再写明目标值 100%，现为“${'推'.repeat(40)}…”`);
  });

  it('lists the source issue before the link issues', () => {
    const issues = alignmentIssues(indicator({ target: 90 }), { source: null, supports: master(), cites: higher() });
    expect(kinds(issues)).toEqual(['NO_SOURCE', 'WEAKER_THAN_MASTER', 'WEAKER_THAN_HIGHER']);
  });
});

describe('isWeaker and issueKey', () => {
  it('is strict: an equal target is never weaker', () => {
    expect(isWeaker(95, 95, 'AT_LEAST')).toBe(false);
    expect(isWeaker(95, 95, 'AT_MOST')).toBe(false);
    expect(isWeaker(94.9, 95, 'AT_LEAST')).toBe(true);
    expect(isWeaker(95.1, 95, 'AT_MOST')).toBe(true);
  });

  it('keys an issue by kind and what it is against, not by its wording', () => {
    const [a] = alignmentIssues(indicator({ target: 90 }), { supports: master() });
    const [b] = alignmentIssues(indicator({ target: 80 }), { supports: master() });
    const [c] = alignmentIssues(indicator({ target: 90 }), { supports: master({ id: 'other' }) });
    expect(a && b && issueKey(a) === issueKey(b)).toBe(true);
    expect(a && c && issueKey(a) !== issueKey(c)).toBe(true);
    expect(issueKey({ kind: 'NO_SOURCE', detail: '' })).toBe('NO_SOURCE::');
  });
});
