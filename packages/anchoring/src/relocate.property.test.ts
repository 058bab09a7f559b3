import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Anchor, makeAnchor, type Relocation, type TextBlock } from './anchor.js';
import { applyEdits, edit, filler, type ModelBlock, PASSAGE_UNITS, passageText, render } from './edits.fixture.js';
import { PHRASE_QUOTE_MAX } from './match.js';
import { relocate } from './relocate.js';

const RUNS = { numRuns: 150 };

const isEqual = (a: Anchor, b: Anchor) => JSON.stringify(a) === JSON.stringify(b);

/** A draft of up to eight filler blocks, one of which holds the passage somewhere inside. */
function draftWithPassage(minPassage: number, maxPassage: number) {
  return fc
    .record({
      blocks: fc.array(filler(80), { minLength: 1, maxLength: 8 }),
      at: fc.nat(),
      split: fc.nat(),
      passage: passageText(minPassage, maxPassage),
    })
    .map(({ blocks, at, split, passage }) => {
      const home = at % blocks.length;
      const model: ModelBlock[] = blocks.map((text, i) => {
        if (i !== home) return { before: text };
        const cut = split % (text.length + 1);
        return { before: text.slice(0, cut), passage, after: text.slice(cut) };
      });
      return { model, passage };
    });
}

function anchorFor(model: ModelBlock[], blocks: TextBlock[]): Anchor {
  const i = model.findIndex((b) => b.passage !== undefined);
  const b = model[i] as ModelBlock;
  return makeAnchor(blocks[i] as TextBlock, b.before.length, b.before.length + (b.passage ?? '').length);
}

function expectPassageFound(result: Relocation, model: ModelBlock[], blocks: TextBlock[], passage: string) {
  const i = model.findIndex((b) => b.passage !== undefined);
  const start = (model[i] as ModelBlock).before.length;
  expect(result.state).not.toBe('ORPHANED');
  expect(result.anchor).toMatchObject({ blockId: blocks[i]?.id, start, end: start + passage.length, quote: passage });
  expect(blocks[i]?.text.slice(start, start + passage.length)).toBe(passage);
}

describe('relocate (properties)', () => {
  it('re-anchors a passage of 16+ characters exactly, whatever was edited around it', () => {
    fc.assert(
      fc.property(draftWithPassage(PHRASE_QUOTE_MAX + 1, 40), fc.array(edit, { maxLength: 10 }), (draft, edits) => {
        const oldBlocks = render(draft.model, 'old');
        const model = applyEdits(draft.model, edits, false);
        const newBlocks = render(model, 'new');
        const result = relocate(anchorFor(draft.model, oldBlocks), oldBlocks, newBlocks);
        expectPassageFound(result, model, newBlocks, draft.passage);
        const same = newBlocks.length === oldBlocks.length && newBlocks.every((b, i) => b.text === oldBlocks[i]?.text);
        if (same) expect(result.state).toBe('ATTACHED');
      }),
      RUNS,
    );
  });

  it('re-anchors a phrase of 6 to 15 characters exactly when its context survives', () => {
    fc.assert(
      fc.property(draftWithPassage(6, PHRASE_QUOTE_MAX), fc.array(edit, { maxLength: 10 }), (draft, edits) => {
        const oldBlocks = render(draft.model, 'old');
        const model = applyEdits(draft.model, edits, true);
        const newBlocks = render(model, 'new');
        const result = relocate(anchorFor(draft.model, oldBlocks), oldBlocks, newBlocks);
        expectPassageFound(result, model, newBlocks, draft.passage);
      }),
      RUNS,
    );
  });

  it('orphans a passage deleted together with its surroundings', () => {
    const remnant = fc.record({
      keep: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      replacements: filler(40, 40),
      lead: filler(40, 8),
      tail: filler(40, 8),
    });
    fc.assert(
      fc.property(
        draftWithPassage(6, 40),
        fc.array(edit, { maxLength: 6 }),
        fc.boolean(),
        remnant,
        (draft, edits, dropBlock, r) => {
          const oldBlocks = render(draft.model, 'old');
          const anchor = anchorFor(draft.model, oldBlocks);
          const model = applyEdits(draft.model, edits, false);
          const home = model.findIndex((b) => b.passage !== undefined);
          if (dropBlock) model.splice(home, 1);
          else {
            // What is left of the passage: at most 60% of its characters, in place, amid new text.
            const keepAtMost = Math.floor(draft.passage.length * 0.6);
            let kept = 0;
            const left = [...draft.passage]
              .map((ch, i) => (r.keep[i] && kept++ < keepAtMost ? ch : [...r.replacements][i]))
              .join('');
            model[home] = { before: r.lead + left + r.tail };
          }
          const newBlocks = render(model, 'new');
          expect(relocate(anchor, oldBlocks, newBlocks)).toEqual({ state: 'ORPHANED', anchor: null });
        },
      ),
      RUNS,
    );
  });

  it('never throws, and whatever it finds is a real passage of the new version', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          '🚒',
          '救',
          '援',
          ' ',
          '\u3000',
          '，',
          ',',
          'Ａ',
          'a',
          '\ud83d',
          '\udca9',
          ...PASSAGE_UNITS.slice(0, 3),
        ),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 60,
    });
    const blocks = fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', ''), text }), { maxLength: 6 });
    const offset = fc.oneof(
      fc.integer({ min: -5, max: 70 }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e308, Number.NaN, Number.POSITIVE_INFINITY),
    );
    const arbitraryAnchor = fc.record({
      blockId: fc.constantFrom('a', 'b', 'c', 'zz', ''),
      start: offset,
      end: offset,
      quote: text,
      prefix: text,
      suffix: text,
    });
    fc.assert(
      fc.property(blocks, blocks, arbitraryAnchor, fc.nat(), fc.nat(), (olds, news, arbitrary, i, j) => {
        const source = olds[i % Math.max(1, olds.length)];
        const anchors: Anchor[] = [arbitrary];
        if (source && source.text.length > 0) {
          const s = j % source.text.length;
          anchors.push(makeAnchor(source, s, s + 1 + ((i + j) % (source.text.length - s))));
        }
        for (const anchor of anchors) {
          for (const [from, to] of [
            [olds, news],
            [olds, olds],
            [[], news],
            [olds, []],
          ]) {
            const result = relocate(anchor, from as TextBlock[], to as TextBlock[]);
            if (result.state === 'ORPHANED') continue;
            const { blockId, start, end } = result.anchor;
            // Ids may repeat in this generated input; the passage must be real in one of the blocks so named.
            const real = (to as TextBlock[]).some(
              (b) => b.id === blockId && end <= b.text.length && isEqual(makeAnchor(b, start, end), result.anchor),
            );
            expect(real).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
