import { describe, expect, it } from 'vitest';
import { statesValue } from './states.js';

describe('statesValue', () => {
  it.each([
    ['达到95%以上', 95, '%'],
    ['灾害预警信息公众覆盖率不低于95%', 95, '%'],
    ['覆盖率达到95.0%', 95, '%'],
    ['覆盖率达到９５％', 95, '%'],
    ['覆盖率达到 95 %', 95, '%'],
    ['救助时间控制在2.5小时以内', 2.5, '小时'],
    ['救助时间控制在2.5h以内', 2.5, '小时'],
    ['到2025年累计制修订应急管理地方标准30项以上', 30, '项'],
    ['培训1.2万人', 1.2, '万人'],
    ['投入1,000万元', 1000, '万元'],
    ['森林火灾受害率 | 0.5‰ | ≤0.9‰ | 约束性', 0.9, '‰'],
    ['灾害发生后受灾人员基本生活得到有效救助时间 | 12小时 | 10小时以内 | 预期性', 10, '小时'],
  ])('finds the value in %j', (text, target, unit) => {
    expect(statesValue(text, target, unit)).toBe(true);
  });

  it('reads a bare figure in the unit a table row names in brackets, a unit cell or another figure', () => {
    expect(statesValue('救灾物资运抵受灾县时间（小时） | 12 | 8 | 约束性', 8, '小时')).toBe(true);
    expect(statesValue('救灾物资运抵受灾县时间（小时） | 12 | 8 | 约束性', 8, '分钟')).toBe(false);
    expect(statesValue('省级储备库数量 | 个 | 5 | 8', 8, '个')).toBe(true);
    expect(statesValue('救助时间 | 12小时 | 10 | 预期性', 10, '小时')).toBe(true);
    expect(statesValue('储备库数量（单位：个）达到8', 8, '个')).toBe(true);
  });

  it('reads a figure with no unit for an indicator without one (a rate per 亿元)', () => {
    expect(statesValue('亿元地区生产总值生产安全事故死亡率 | 0.017 | 0.012 | 约束性', 0.012, '')).toBe(true);
    expect(statesValue('死亡率 | 0.017 | 0.011 | 约束性', 0.012, '')).toBe(false);
    expect(statesValue('死亡率降到0.012%', 0.012, '')).toBe(false);
  });

  it('does not find another value, or the value in another unit', () => {
    expect(statesValue('达到90%以上', 95, '%')).toBe(false);
    expect(statesValue('达到950%以上', 95, '%')).toBe(false);
    expect(statesValue('达到9.5%以上', 95, '%')).toBe(false);
    expect(statesValue('建成95个', 95, '%')).toBe(false);
    expect(statesValue('提高95个百分点', 95, '%')).toBe(false);
    expect(statesValue('培训1.2万人', 12000, '人')).toBe(false);
    expect(statesValue('培训12000人', 1.2, '万人')).toBe(false);
    expect(statesValue('培训5万人次', 5, '万人')).toBe(false);
  });

  it('does not take a year, a date or a count of things for the value', () => {
    expect(statesValue('到2025年，覆盖率达到98%', 2025, '%')).toBe(false);
    expect(statesValue('5月底前完成，覆盖率98%', 5, '%')).toBe(false);
    expect(statesValue('分8大类储备，覆盖率98%', 8, '%')).toBe(false);
  });

  it('says no for an empty passage or a value that is not a number', () => {
    expect(statesValue('', 95, '%')).toBe(false);
    expect(statesValue('达到95%', Number.NaN, '%')).toBe(false);
  });
});
