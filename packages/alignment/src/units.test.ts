import { describe, expect, it } from 'vitest';
import { foldWidth, formatTarget, isKnownUnit, normalizeUnit, sameUnit, unitAt } from './units.js';

describe('normalizeUnit', () => {
  it.each([
    ['％', '%'],
    [' % ', '%'],
    ['（万人）', '万人'],
    ['(个)', '个'],
    ['单位：小时', '小时'],
    ['h', '小时'],
    ['H', '小时'],
    ['个小时', '小时'],
    ['min', '分钟'],
    ['km', '公里'],
    ['千米', '公里'],
    ['m²', '平方米'],
    ['平米', '平方米'],
    ['名', '人'],
    ['万名', '万人'],
    ['名/万人', '人/万人'],
    ['人 / 万人', '人/万人'],
    ['百分点', '个百分点'],
    ['日', '天'],
    ['', ''],
    ['  ', ''],
  ])('folds %j to %j', (written, canonical) => {
    expect(normalizeUnit(written)).toBe(canonical);
  });
});

describe('sameUnit', () => {
  it('takes spellings of one unit as the same measure', () => {
    expect(sameUnit('％', '%')).toBe(true);
    expect(sameUnit('小时', 'h')).toBe(true);
    expect(sameUnit('（个）', '个')).toBe(true);
    expect(sameUnit('100名', '100人')).toBe(false);
    expect(sameUnit('名', '人')).toBe(true);
  });

  it('never converts: 万人 and 人, % and 个, % and 个百分点, 小时 and 分钟 differ', () => {
    expect(sameUnit('万人', '人')).toBe(false);
    expect(sameUnit('%', '个')).toBe(false);
    expect(sameUnit('%', '个百分点')).toBe(false);
    expect(sameUnit('%', '‰')).toBe(false);
    expect(sameUnit('小时', '分钟')).toBe(false);
    expect(sameUnit('亿元', '万元')).toBe(false);
    expect(sameUnit('人/万人', '人/十万人')).toBe(false);
    expect(sameUnit('', '%')).toBe(false);
  });
});

describe('unitAt', () => {
  it('reads the longest unit written at a position', () => {
    expect(unitAt('5万人次参加', 1)).toBe('万人次');
    expect(unitAt('5万人参加', 1)).toBe('万人');
    expect(unitAt('5人参加', 1)).toBe('人');
    expect(unitAt('3个月', 1)).toBe('个月');
    expect(unitAt('3个百分点', 1)).toBe('个百分点');
    expect(unitAt('2.5h内', 3)).toBe('h');
  });

  it('reads no unit in a year, a date or a word, nor in an ASCII word that runs on', () => {
    expect(unitAt('2025年', 4)).toBeUndefined();
    expect(unitAt('3月', 1)).toBeUndefined();
    expect(unitAt('600余支', 3)).toBeUndefined();
    expect(unitAt('5mm', 1)).toBeUndefined();
  });
});

describe('foldWidth and the rest', () => {
  it('folds full-width digits and signs one unit for one, keeping offsets', () => {
    const text = '达到９５．５％以上';
    expect(foldWidth(text)).toBe('达到95.5%以上');
    expect(foldWidth(text)).toHaveLength(text.length);
  });

  it('knows a unit from a word in brackets', () => {
    expect(isKnownUnit('个')).toBe(true);
    expect(isKnownUnit('（小时）')).toBe(true);
    expect(isKnownUnit('街道')).toBe(false);
  });

  it('prints a target as plans do', () => {
    expect(formatTarget(95, '%')).toBe('95%');
    expect(formatTarget(0.1 + 0.2, '‰')).toBe('0.3‰');
    expect(formatTarget(10, '小时')).toBe('10小时');
    expect(formatTarget(0.012, '')).toBe('0.012');
  });
});
