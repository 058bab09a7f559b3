import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toNormalizedIndex } from './normalize.js';

describe('normalize', () => {
  it.each([
    ['ＡＢＣ１２３', 'ABC123'],
    ['ＧＤＰ增速', 'GDP增速'],
    ['（2021—2025年）', '(2021-2025年)'],
    ['(2021-2025年)', '(2021-2025年)'],
    ['一，二。三；四：五？六！', '一,二.三;四:五?六!'],
    ['“十四五”‘规划’', '"十四五"\'规划\''],
    ['市、区', '市,区'],
    ['【专栏1】国办发〔2021〕36号', '[专栏1]国办发[2021]36号'],
    ['《中华人民共和国突发事件应对法》', '《中华人民共和国突发事件应对法》'],
    ['应急\u3000管理  \n\t体系', '应急 管理 体系'],
  ])('folds %s to %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('maps each normalised character back to where it came from', () => {
    const { text, toOriginal } = normalize('一、 　总体要求');
    expect(text).toBe('一, 总体要求');
    expect(toOriginal).toEqual([0, 1, 2, 4, 5, 6, 7, 8]);
  });

  it('keeps one entry per character plus the end, in increasing order, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), (a, b) => {
        for (const input of [a, b, a + b]) {
          const normalized = normalize(input);
          const { text, toOriginal } = normalized;
          expect(toOriginal).toHaveLength(text.length + 1);
          expect(toOriginal[text.length]).toBe(input.length);
          expect(toOriginal.every((at, i) => i === 0 || at > (toOriginal[i - 1] ?? 0))).toBe(true);
          expect(normalize(text).text).toBe(text);
          expect(toOriginal.every((at, i) => toNormalizedIndex(normalized, at) === i)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
