import fc from 'fast-check';
import { CONTEXT_LENGTH, type TextBlock } from './anchor.js';
import { PLAN_ORDER } from './drafts.fixture.js';

/** Surrounding text: the characters of the plan fixture, some ASCII, spaces of both widths, an emoji. */
export const FILLER_UNITS = [...new Set([...PLAN_ORDER.join(''), ...'abcXYZ ', '\u3000', '🚒'])];
/** Passage text: Chinese characters that never occur in FILLER_UNITS, so a passage is unique in any draft. */
export const PASSAGE_UNITS = [...'森林草火灾控地震质害普查化安产监执法现代城韧气象文测报信息覆盖率'];

export const filler = (maxLength: number, minLength = 0) =>
  fc.string({ unit: fc.constantFrom(...FILLER_UNITS), minLength, maxLength });
export const passageText = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...PASSAGE_UNITS), minLength, maxLength });

export type Edit =
  | { kind: 'insert'; block: number; at: number; text: string }
  | { kind: 'delete'; block: number; at: number; length: number }
  | { kind: 'replace'; block: number; at: number; length: number; text: string }
  | { kind: 'insertBlock'; at: number; text: string }
  | { kind: 'removeBlock'; at: number }
  | { kind: 'moveBlock'; from: number; to: number };

const index = fc.nat(1000);
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), block: index, at: index, text: filler(20, 1) }),
  fc.record({ kind: fc.constant('delete' as const), block: index, at: index, length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    block: index,
    at: index,
    length: fc.integer({ min: 1, max: 30 }),
    text: filler(20, 1),
  }),
  fc.record({ kind: fc.constant('insertBlock' as const), at: index, text: filler(60) }),
  fc.record({ kind: fc.constant('removeBlock' as const), at: index }),
  fc.record({ kind: fc.constant('moveBlock' as const), from: index, to: index }),
);

/** A block of the model draft; the passage block keeps its passage apart so that no edit can touch it. */
export interface ModelBlock {
  before: string;
  passage?: string;
  after?: string;
}

export function render(blocks: ModelBlock[], tag: string): TextBlock[] {
  return blocks.map((b, i) => ({ id: `${tag}-${i}`, text: b.before + (b.passage ?? '') + (b.after ?? '') }));
}

/**
 * Applies edits outside the passage. With `keepContext`, text within CONTEXT_LENGTH of the passage is
 * left alone too (and so is a block edge that close to it), so the passage's prefix and suffix survive.
 */
export function applyEdits(start: ModelBlock[], edits: Edit[], keepContext: boolean): ModelBlock[] {
  const blocks = start.map((b) => ({ ...b }));
  for (const e of edits) {
    if (e.kind === 'insertBlock') blocks.splice(e.at % (blocks.length + 1), 0, { before: e.text });
    else if (e.kind === 'removeBlock') {
      const at = e.at % Math.max(1, blocks.length);
      if (blocks[at] && blocks[at].passage === undefined) blocks.splice(at, 1);
    } else if (e.kind === 'moveBlock') {
      if (blocks.length === 0) continue;
      const [moved] = blocks.splice(e.from % blocks.length, 1);
      if (moved) blocks.splice(e.to % (blocks.length + 1), 0, moved);
    } else {
      const block = blocks[e.block % Math.max(1, blocks.length)];
      if (!block) continue;
      const useAfter = block.passage !== undefined && e.at % 2 === 1;
      const text = useAfter ? (block.after ?? '') : block.before;
      let [lo, hi] = [0, text.length];
      if (block.passage !== undefined && keepContext) {
        if (text.length < CONTEXT_LENGTH) continue;
        [lo, hi] = useAfter ? [CONTEXT_LENGTH, text.length] : [0, text.length - CONTEXT_LENGTH];
      }
      const edited = editText(text, e, lo, hi);
      if (useAfter) block.after = edited;
      else block.before = edited;
    }
  }
  return blocks;
}

function editText(text: string, e: Extract<Edit, { block: number }>, lo: number, hi: number): string {
  const at = lo + (e.at % (hi - lo + 1));
  const end = e.kind === 'insert' ? at : Math.min(hi, at + e.length);
  const inserted = e.kind === 'delete' ? '' : e.text;
  return text.slice(0, at) + inserted + text.slice(end);
}
