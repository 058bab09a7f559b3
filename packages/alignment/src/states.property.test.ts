import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statesValue } from './states.js';
import { formatTarget } from './units.js';

const RUNS = { numRuns: 300 };

const UNITS = ['%', '‰', '个', '项', '万人', '人', '亿元', '万元', '小时', '分钟', '天', '平方米', '家', '支', '座'];
const TEMPLATES: ((name: string, v: string) => string)[] = [
  (name, v) => `到2025年，${name}达到${v}以上`,
  (name, v) => `${name}不低于${v}`,
  (name, v) => `${name}控制在${v}以内`,
  (name, v) => `力争${name}提高到${v}，较2020年明显提升`,
  (name, v) => `${name}不超过${v}。`,
  (name, v) => `${name} | 2020年 | ${v} | 约束性`,
  (name, v) => `“十四五”末，${name}≥${v}`,
];

const name = fc.string({
  unit: fc.constantFrom(...'应急物资储备库覆盖率救援队伍乡镇街道时间（）、'),
  minLength: 1,
  maxLength: 12,
});
// Values as plans write them: whole numbers and up to two decimals.
const value = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
);
const fullWidth = (s: string) => s.replace(/[0-9.%]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('statesValue (properties)', () => {
  it('finds a value written with its unit in any of the templates, in half- or full-width digits', () => {
    fc.assert(
      fc.property(
        name,
        value,
        fc.constantFrom(...UNITS),
        fc.constantFrom(...TEMPLATES),
        fc.boolean(),
        (n, v, unit, template, wide) => {
          const written = formatTarget(v, unit);
          const text = template(n, wide ? fullWidth(written) : written);
          expect(statesValue(text, v, unit)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('does not find a different value in the same sentence', () => {
    fc.assert(
      fc.property(
        name,
        value,
        value,
        fc.constantFrom(...UNITS),
        fc.constantFrom(...TEMPLATES),
        (n, v, other, unit, template) => {
          fc.pre(v !== other);
          expect(statesValue(template(n, formatTarget(v, unit)), other, unit)).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it('does not find the value in another unit', () => {
    fc.assert(
      fc.property(
        name,
        value,
        fc.constantFrom(...UNITS),
        fc.constantFrom(...UNITS),
        fc.constantFrom(...TEMPLATES),
        (n, v, unit, other, template) => {
          fc.pre(unit !== other);
          expect(statesValue(template(n, formatTarget(v, unit)), v, other)).toBe(false);
        },
      ),
      RUNS,
    );
  });
});
