import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparable,
  NEAR_DUPLICATE,
  SIGNATURE_SIZE,
  signatureBands,
  signatureSimilarity,
  textSignature,
} from './near-duplicates.js';

const same = (a: string, b: string) => signatureSimilarity(textSignature(a), textSignature(b));
const shareBand = (a: string, b: string) => {
  const x = signatureBands(textSignature(a));
  const y = new Set(signatureBands(textSignature(b)));
  return x.some((k) => y.has(k));
};

const OPINION =
  '建议在第三章中明确县级应急物资储备库的建设标准和资金来源，并将乡镇储备点纳入统一管理，提高基层物资调运效率。';

describe('near-duplicate texts', () => {
  it('finds an opinion sent again with different punctuation and spacing, or a word changed', () => {
    expect(same(OPINION, OPINION.replace(/，/g, ',').replace(/。/g, ' '))).toBe(1);
    expect(same(OPINION, OPINION.replace('明确', '规定'))).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
    expect(same(OPINION, `我${OPINION}谢谢！`)).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
    expect(shareBand(OPINION, OPINION.replace('明确', '规定'))).toBe(true);
  });

  it('keeps different opinions apart', () => {
    const other = '希望加强森林消防队伍的装备配备，特别是无人机和卫星通信设备，并开展跨区域联合演练。';
    expect(same(OPINION, other)).toBeLessThan(NEAR_DUPLICATE);
    expect(shareBand(OPINION, other)).toBe(false);
  });

  it('folds width and case, and drops what is not a letter or digit', () => {
    expect(comparable('ＡＢＣ，d e！１２')).toBe('abcde12');
  });

  it('gives every text a full signature and agrees with itself, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const s = textSignature(text);
        expect(s).toHaveLength(SIGNATURE_SIZE);
        expect(signatureSimilarity(s, textSignature(text))).toBe(1);
        expect(signatureBands(s).every((b) => Number.isInteger(b) && b >= -(2 ** 31) && b < 2 ** 31)).toBe(true);
      }),
    );
  });
});
