import { describe, expect, it } from 'vitest';
import { mergeTexts, resolveMerge, tokenize } from './merge';

describe('tokenize', () => {
  it('splits Chinese into characters and keeps Latin words and numbers whole', () => {
    expect(tokenize('建议到2025年 use GIS。')).toEqual(['建', '议', '到', '2025', '年', ' ', 'use', ' ', 'GIS', '。']);
    expect(tokenize('改为abc测试').join('')).toBe('改为abc测试');
  });
});

describe('mergeTexts', () => {
  const base = '建议将“基本建成”改为“全面建成”。理由：与省级规划保持一致。';

  it('combines edits to different places into one text', () => {
    const mine = '建议将“基本建成”改为“全面建成”。理由：与省级总体规划保持一致。';
    const theirs = '建议将第二段的“基本建成”改为“全面建成”。理由：与省级规划保持一致。';
    const outcome = mergeTexts(base, mine, theirs);
    expect(outcome.clean).toBe(true);
    expect(outcome.text).toBe('建议将第二段的“基本建成”改为“全面建成”。理由：与省级总体规划保持一致。');
  });

  it('takes the other side when only one side changed, and agrees when both made the same change', () => {
    expect(mergeTexts(base, base, `${base}补充。`)).toMatchObject({ clean: true, text: `${base}补充。` });
    expect(mergeTexts(base, `${base}补充。`, base)).toMatchObject({ clean: true, text: `${base}补充。` });
    expect(mergeTexts(base, `${base}同改。`, `${base}同改。`)).toMatchObject({ clean: true, text: `${base}同改。` });
  });

  it('reports a conflict where both changed the same words, with each side of it', () => {
    const mine = base.replace('全面建成', '基本实现');
    const theirs = base.replace('全面建成', '率先建成');
    const outcome = mergeTexts(base, mine, theirs);
    expect(outcome.clean).toBe(false);
    expect(outcome.text).toBeNull();
    const conflicts = outcome.parts.filter((p) => p.kind === 'conflict');
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict).toMatchObject({ kind: 'conflict' });
    if (conflict?.kind !== 'conflict') throw new Error('expected a conflict');
    expect(`${conflict.mine}|${conflict.theirs}`).toMatch(/基本实现|率先建成/);
    expect(conflict.base).toContain('全面');
    // everything around the conflict is kept once
    const around = outcome.parts.filter((p) => p.kind === 'ok').map((p) => (p.kind === 'ok' ? p.text : ''));
    expect(around.join('')).toContain('理由：与省级规划保持一致。');
  });

  it('builds the final text from the choice made for each conflict', () => {
    const mine = base.replace('全面建成', '基本实现');
    const theirs = base.replace('全面建成', '率先建成');
    const { parts } = mergeTexts(base, mine, theirs);
    expect(resolveMerge(parts, ['mine'])).toBe(mine);
    expect(resolveMerge(parts, ['theirs'])).toBe(theirs);
    const both = resolveMerge(parts, ['both']);
    expect(both).toContain('率先建成');
    expect(both).toContain('基本实现');
  });
});
