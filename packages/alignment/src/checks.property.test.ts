import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignmentIssues, type Direction, type IndicatorFacts, isWeaker } from './checks.js';

const RUNS = { numRuns: 300 };

const direction = fc.constantFrom<Direction>('AT_LEAST', 'AT_MOST');
const facts = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: fc.constantFrom('覆盖率', '死亡率', '救助时间'),
    unit: fc.constantFrom('%', '％', '个', '万人', '人', '小时'),
    target: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 200, noNaN: true })),
    targetYear: fc.constantFrom(2023, 2025),
    direction,
    kind: fc.constantFrom<IndicatorFacts['kind']>('BINDING', 'EXPECTED'),
  });

const kinds = (special: IndicatorFacts, master: IndicatorFacts) =>
  alignmentIssues(special, { supports: master }).map((i) => i.kind);

describe('alignmentIssues (properties)', () => {
  it('of two different targets in one direction, exactly one is weaker than the other', () => {
    fc.assert(
      fc.property(facts('a'), facts('b'), direction, (a, b, dir) => {
        fc.pre(a.target !== b.target);
        const same = { unit: a.unit, targetYear: a.targetYear, direction: dir };
        const aUnderB = kinds({ ...a, ...same }, { ...b, ...same }).includes('WEAKER_THAN_MASTER');
        const bUnderA = kinds({ ...b, ...same }, { ...a, ...same }).includes('WEAKER_THAN_MASTER');
        expect(aUnderB).not.toBe(bUnderA);
      }),
      RUNS,
    );
  });

  it('never finds a target weaker than itself, whatever the direction', () => {
    fc.assert(
      fc.property(facts('a'), facts('b'), (a, b) => {
        expect(kinds({ ...a, target: b.target, unit: b.unit, targetYear: b.targetYear }, b)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('compares only in one unit and one year, else says which differs', () => {
    fc.assert(
      fc.property(facts('a'), facts('b'), (a, b) => {
        const found = kinds(a, b);
        const unitDiffers = a.unit.replace('％', '%') !== b.unit.replace('％', '%');
        const yearDiffers = a.targetYear !== b.targetYear;
        expect(found.includes('UNIT_MISMATCH')).toBe(unitDiffers);
        expect(found.includes('YEAR_MISMATCH')).toBe(yearDiffers);
        const weaker = !unitDiffers && !yearDiffers && isWeaker(a.target, b.target, b.direction);
        expect(found.includes('WEAKER_THAN_MASTER')).toBe(weaker);
      }),
      RUNS,
    );
  });

  it('flipping the direction flips which of two different targets is weaker', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), direction, (a, b, dir) => {
        fc.pre(a !== b);
        const flipped: Direction = dir === 'AT_LEAST' ? 'AT_MOST' : 'AT_LEAST';
        expect(isWeaker(a, b, dir)).toBe(!isWeaker(a, b, flipped));
      }),
      RUNS,
    );
  });
});
