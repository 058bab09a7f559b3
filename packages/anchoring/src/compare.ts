import { diffChars } from 'diff';
import { alignBlocks } from './align.js';
import type { TextBlock } from './anchor.js';

export type DiffPart = { op: 'EQUAL' | 'INSERT' | 'DELETE'; text: string };

export type BlockChange =
  | { kind: 'UNCHANGED'; old: TextBlock; new: TextBlock }
  | { kind: 'ADDED'; new: TextBlock }
  | { kind: 'REMOVED'; old: TextBlock }
  | { kind: 'CHANGED'; old: TextBlock; new: TextBlock; parts: DiffPart[] };

/**
 * Aligns two versions block by block (see alignBlocks) and gives character-level differences for the
 * blocks that changed. Old blocks appear in their order, new blocks in theirs; where blocks were both
 * removed and added at one place, the removals come first.
 */
export function compareBlocks(oldBlocks: TextBlock[], newBlocks: TextBlock[]): BlockChange[] {
  const olds = Array.isArray(oldBlocks) ? oldBlocks : [];
  const news = Array.isArray(newBlocks) ? newBlocks : [];
  return alignBlocks(olds, news).map((pairing): BlockChange => {
    if (pairing.kind === 'ADDED') return { kind: 'ADDED', new: news[pairing.newIndex] as TextBlock };
    if (pairing.kind === 'REMOVED') return { kind: 'REMOVED', old: olds[pairing.oldIndex] as TextBlock };
    const old = olds[pairing.oldIndex] as TextBlock;
    const next = news[pairing.newIndex] as TextBlock;
    if (pairing.kind === 'UNCHANGED') return { kind: 'UNCHANGED', old, new: next };
    return { kind: 'CHANGED', old, new: next, parts: diffText(old.text, next.text) };
  });
}

/**
 * Character-level differences. Characters, not words: Chinese has no spaces, so jsdiff's word splitting
 * (diffWordsWithSpace) would see a whole clause between two punctuation marks as one word and mark all of
 * it changed for a one-character edit. diffChars works on code points, so an emoji is never split.
 */
export function diffText(oldText: string, newText: string): DiffPart[] {
  const parts: DiffPart[] = diffChars(oldText, newText).map((change) => ({
    op: change.added ? 'INSERT' : change.removed ? 'DELETE' : 'EQUAL',
    text: change.value,
  }));
  return tidy(parts);
}

// A lone shared character between two edits ("的", "，") is a coincidence of the rewrite, not text the
// reader should see as kept; folding it into both sides reads as one replacement.
const STRAY_EQUAL_LENGTH = 1;

function tidy(parts: DiffPart[]): DiffPart[] {
  const dissolved: DiffPart[] = [];
  parts.forEach((part, i) => {
    const before = parts[i - 1];
    const after = parts[i + 1];
    const stray =
      part.op === 'EQUAL' &&
      [...part.text].length <= STRAY_EQUAL_LENGTH &&
      before !== undefined &&
      before.op !== 'EQUAL' &&
      after !== undefined &&
      after.op !== 'EQUAL';
    if (stray) dissolved.push({ op: 'DELETE', text: part.text }, { op: 'INSERT', text: part.text });
    else dissolved.push(part);
  });
  // Within each run between EQUAL parts: all deleted text, then all inserted text.
  const out: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ op: 'DELETE', text: deleted });
    if (inserted) out.push({ op: 'INSERT', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const part of dissolved) {
    if (part.op === 'DELETE') deleted += part.text;
    else if (part.op === 'INSERT') inserted += part.text;
    else if (part.text) {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'EQUAL') last.text += part.text;
      else out.push({ op: 'EQUAL', text: part.text });
    }
  }
  flush();
  return out;
}
