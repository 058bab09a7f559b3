import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASTER_V1_GOALS, SUPPLIES_V1_GOALS } from './demo-blocks.fixture.js';
import { statesValue } from './states.js';
import { suggestIndicators } from './suggest.js';
import type { BlockKind, SuggestionBlock } from './suggest-types.js';

const RUNS = { numRuns: 300 };

// Pieces plans are made of: targets, cues, units, years, clause breaks, table cells, full-width
// forms, spaces, and characters outside the BMP (which take two UTF-16 units each).
const piece = fc.constantFrom(
  '到2025年',
  '，',
  '。',
  '；',
  '覆盖率',
  '达到',
  '不低于',
  '控制在',
  '下降',
  '提高到',
  '力争',
  '≥',
  '≤ ',
  '95',
  '０．５',
  '1,000',
  '12.5',
  '%',
  '％',
  '‰',
  '小时',
  '以上',
  '以内',
  '万人',
  '个',
  '余',
  ' ',
  '\n',
  ' | ',
  '（个）',
  '约束性',
  '𠀀',
  '2020年',
  '—',
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const block = fc.record({
  id: fc.constantFrom('b1', 'b2', 'b3'),
  kind: fc.constantFrom<BlockKind>('HEADING', 'PARAGRAPH', 'LIST_ITEM', 'TABLE'),
  text,
});
// A table as the importer writes it: a header from the usual words, rows of cells.
const tableBlock = fc
  .record({
    header: fc.shuffledSubarray(['指标', '单位', '2020年', '2025年目标', '属性', '目标值'], { minLength: 2 }),
    rows: fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { maxLength: 5 }),
  })
  .map(
    ({ header, rows }): SuggestionBlock => ({
      id: 't',
      kind: 'TABLE',
      text: [header, ...rows].map((cells) => cells.join(' | ')).join('\n'),
    }),
  );

describe('suggestIndicators (properties)', () => {
  it('gives sources that slice exactly to their quote, non-empty, in a block of the draft', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(block, tableBlock), { maxLength: 6 }), (blocks) => {
        for (const s of suggestIndicators(blocks)) {
          const candidates = blocks.filter((b) => b.id === s.source.blockId && b.kind !== 'HEADING');
          expect(candidates.some((b) => b.text.slice(s.source.start, s.source.end) === s.source.quote)).toBe(true);
          expect(s.source.quote.length).toBeGreaterThan(0);
          expect(s.source.quote).toBe(s.source.quote.trim());
        }
      }),
      RUNS,
    );
  });

  it('quotes a passage that states the suggested target, so a confirmed indicator starts without an issue', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(block, tableBlock), { maxLength: 6 }), (blocks) => {
        for (const s of suggestIndicators(blocks)) {
          if (s.target !== undefined) expect(statesValue(s.source.quote, s.target, s.unit)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('reads a draft the same whatever comes after it (a suggestion depends only on what precedes it)', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 4 }), (extra) => {
        const alone = suggestIndicators(SUPPLIES_V1_GOALS);
        const followed = suggestIndicators([...SUPPLIES_V1_GOALS, ...MASTER_V1_GOALS, ...extra]);
        expect(followed.slice(0, alone.length)).toEqual(alone);
      }),
      { numRuns: 50 },
    );
  });
});
