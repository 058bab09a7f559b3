import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextBlock } from './anchor.js';
import { type BlockChange, compareBlocks } from './compare.js';
import { applyEdits, edit, filler, render } from './edits.fixture.js';

const RUNS = { numRuns: 150 };

/** Two versions of a draft, the second made from the first by random edits, so most blocks correspond. */
const versions = fc
  .record({ texts: fc.array(filler(80), { maxLength: 10 }), edits: fc.array(edit, { maxLength: 12 }) })
  .map(({ texts, edits }) => {
    const model = texts.map((before) => ({ before }));
    return { olds: render(model, 'old'), news: render(applyEdits(model, edits, false), 'new') };
  });

const oldSide = (changes: BlockChange[]) => changes.flatMap((c) => (c.kind === 'ADDED' ? [] : [c.old]));
const newSide = (changes: BlockChange[]) => changes.flatMap((c) => (c.kind === 'REMOVED' ? [] : [c.new]));

function expectConsistent(changes: BlockChange[], olds: TextBlock[], news: TextBlock[]) {
  expect(oldSide(changes)).toEqual(olds);
  expect(newSide(changes)).toEqual(news);
  for (const change of changes) {
    if (change.kind === 'UNCHANGED') expect(change.new.text).toBe(change.old.text);
    if (change.kind !== 'CHANGED') continue;
    expect(change.new.text).not.toBe(change.old.text);
    const side = (skip: string) =>
      change.parts
        .filter((p) => p.op !== skip)
        .map((p) => p.text)
        .join('');
    expect(side('INSERT')).toBe(change.old.text);
    expect(side('DELETE')).toBe(change.new.text);
    expect(change.parts.every((p) => p.text.length > 0)).toBe(true);
  }
}

describe('compareBlocks (properties)', () => {
  it('lists each version in order, and the parts of a changed block rebuild both its texts', () => {
    fc.assert(
      fc.property(versions, ({ olds, news }) => expectConsistent(compareBlocks(olds, news), olds, news)),
      RUNS,
    );
  });

  it('holds for arbitrary blocks too, emoji and lone surrogates included, and never throws', () => {
    const text = fc.string({
      unit: fc.constantFrom('🚒', '救', '援', '，', ',', ' ', 'a', '\ud83d', '\udca9'),
      maxLength: 30,
    });
    const blocks = fc.array(fc.record({ id: fc.string({ maxLength: 2 }), text }), { maxLength: 8 });
    fc.assert(
      fc.property(blocks, blocks, (olds, news) => {
        expectConsistent(compareBlocks(olds, news), olds, news);
        expectConsistent(compareBlocks(olds, []), olds, []);
        expectConsistent(compareBlocks([], news), [], news);
      }),
      RUNS,
    );
  });

  it('reports identical versions as all UNCHANGED', () => {
    fc.assert(
      fc.property(versions, ({ olds }) => {
        const again = olds.map((b) => ({ ...b, id: `again-${b.id}` }));
        expect(compareBlocks(olds, again).every((c) => c.kind === 'UNCHANGED')).toBe(true);
      }),
      RUNS,
    );
  });
});
