import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { merge3 } from './index.js';

// Minutes vocabulary, so paragraphs share characters and words the way real ones do.
const WORDS = '会议 认为 应急管理 体系 建设 ， 。 加强 规划 𠮷 各市 落实 任务 1 a'.split(' ');
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((words) => words.join(''));
/** Markdown-ish text over a few characters and line breaks, so the sides often share and clash. */
const roughText = fc
  .array(fc.constantFrom('甲', '乙', '丙', '\n', '\n\n', '。', '𠮷', '\r\n'), { maxLength: 30 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(roughText, fc.string({ unit: 'binary', maxLength: 40 }));

type Edit = { kind: 'rewrite'; text: string } | { kind: 'delete' } | { kind: 'insertAfter'; text: string };

function applyEdits(paragraphs: string[], edits: Map<number, Edit>): string {
  const out: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const edit = edits.get(index);
    if (edit?.kind === 'rewrite') out.push(edit.text);
    else if (edit?.kind !== 'delete') out.push(paragraph);
    if (edit?.kind === 'insertAfter') out.push(edit.text);
  });
  // Paragraphs end their line and are separated by a blank one, as an editor saves Markdown.
  return out.map((paragraph) => `${paragraph}\n`).join('\n');
}

/**
 * Distinct paragraphs (the text a rewrite or insertion brings is distinct too: a paragraph moved onto
 * another's words is a different, ambiguous case) and, for each paragraph, who edits it and how.
 */
const disjointEdits = fc
  .integer({ min: 1, max: 8 })
  .chain((count) =>
    fc.record({
      texts: fc.uniqueArray(sentence, { minLength: 2 * count, maxLength: 2 * count }),
      plan: fc.array(
        fc.record({
          owner: fc.constantFrom('nobody', 'mine', 'theirs'),
          kind: fc.constantFrom('rewrite', 'delete', 'insertAfter', 'touchUp'),
        }),
        { minLength: count, maxLength: count },
      ),
    }),
  )
  .map(({ texts, plan }) => {
    const paragraphs = texts.slice(0, plan.length);
    const mine = new Map<number, Edit>();
    const theirs = new Map<number, Edit>();
    plan.forEach(({ owner, kind }, index) => {
      const fresh = texts[plan.length + index] as string;
      // A touch-up inserts after the first two characters, counted by code point.
      const characters = Array.from(paragraphs[index] as string);
      const edit: Edit =
        kind === 'delete'
          ? { kind }
          : kind === 'touchUp'
            ? { kind: 'rewrite', text: `${characters.slice(0, 2).join('')}（${fresh}）${characters.slice(2).join('')}` }
            : { kind, text: `${fresh}【${index}】` };
      if (owner === 'mine') mine.set(index, edit);
      if (owner === 'theirs') theirs.set(index, edit);
    });
    return { paragraphs, mine, theirs };
  });

describe('merge3 properties', () => {
  it('takes theirs when mine is unchanged', () => {
    fc.assert(
      fc.property(anyText, anyText, (base, theirs) => {
        expect(merge3(base, base, theirs)).toEqual({ clean: true, text: theirs });
      }),
    );
  });

  it('takes mine when theirs is unchanged', () => {
    fc.assert(
      fc.property(anyText, anyText, (base, mine) => {
        expect(merge3(base, mine, base)).toEqual({ clean: true, text: mine });
      }),
    );
  });

  it('takes an identical text from both sides as it is', () => {
    fc.assert(
      fc.property(anyText, anyText, (base, both) => {
        expect(merge3(base, both, both)).toEqual({ clean: true, text: both });
      }),
    );
  });

  it('merges edits to disjoint paragraphs cleanly, keeping every edit', () => {
    fc.assert(
      fc.property(disjointEdits, ({ paragraphs, mine, theirs }) => {
        const base = applyEdits(paragraphs, new Map());
        const merged = applyEdits(paragraphs, new Map([...mine, ...theirs]));
        expect(merge3(base, applyEdits(paragraphs, mine), applyEdits(paragraphs, theirs))).toEqual({
          clean: true,
          text: merged,
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, and every conflict holds mine at its offsets, in order', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (base, mine, theirs) => {
        const result = merge3(base, mine, theirs);
        if (result.clean) return;
        let previousEnd = 0;
        for (const conflict of result.conflicts) {
          expect(conflict.start).toBeGreaterThanOrEqual(previousEnd);
          expect(result.text.slice(conflict.start, conflict.end)).toBe(conflict.mine);
          previousEnd = conflict.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('does not depend on which side saved first when it merges cleanly', () => {
    fc.assert(
      fc.property(roughText, roughText, roughText, (base, mine, theirs) => {
        const forward = merge3(base, mine, theirs);
        const backward = merge3(base, theirs, mine);
        if (forward.clean && backward.clean) expect(backward.text).toBe(forward.text);
      }),
      { numRuns: 2000 },
    );
  });
});
