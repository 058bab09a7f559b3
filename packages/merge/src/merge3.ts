import { mergeSequences } from './sequence-merge.js';

/**
 * A passage both sides changed differently. `base`, `mine` and `theirs` are that passage as it was and
 * as each side left it; `start` and `end` are where it sits in the merged `text` (UTF-16 offsets, as
 * `String.prototype.slice` takes them), which holds `mine` there.
 */
export interface Conflict {
  base: string;
  mine: string;
  theirs: string;
  start: number;
  end: number;
}

export type MergeResult = { clean: true; text: string } | { clean: false; text: string; conflicts: Conflict[] };

/** Lines with their endings, so joining them gives the text back exactly. */
function lines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/** The passage merged character by character, or undefined if the sides still collide there. */
function mergeCharacters(base: string, mine: string, theirs: string): string | undefined {
  // Array.from splits by code point, so a character outside the BMP is never cut in half.
  const regions = mergeSequences(Array.from(base), Array.from(mine), Array.from(theirs), true);
  let text = '';
  for (const region of regions) {
    if (!('ok' in region)) return undefined;
    text += region.ok.join('');
  }
  return text;
}

function mergeLines(base: string, mine: string, theirs: string): MergeResult {
  const pieces: string[] = [];
  const conflicts: Conflict[] = [];
  let length = 0;
  const append = (text: string) => {
    pieces.push(text);
    length += text.length;
  };
  const regions = mergeSequences(lines(base), lines(mine), lines(theirs), false);
  // Merged lines not yet appended, so a conflict can borrow the last one as context.
  let held: string[] = [];
  let borrowedNext = false;
  regions.forEach((region, index) => {
    if ('ok' in region) {
      held = borrowedNext ? region.ok.slice(1) : region.ok;
      borrowedNext = false;
      return;
    }
    const before = held.pop() ?? '';
    append(held.join(''));
    held = [];
    const next = regions[index + 1];
    const after = next && 'ok' in next ? (next.ok[0] ?? '') : '';
    const passage = {
      base: region.conflict.base.join(''),
      mine: region.conflict.mine.join(''),
      theirs: region.conflict.theirs.join(''),
    };
    const merged = mergeCharacters(passage.base, passage.mine, passage.theirs);
    if (merged !== undefined) {
      append(before + merged);
      return;
    }
    // The lines either side are unchanged, but seen by the character pass they can give an insertion
    // or deletion at the edge of the passage room to stand clear of the other side's edit.
    const withContext =
      before || after
        ? mergeCharacters(before + passage.base + after, before + passage.mine + after, before + passage.theirs + after)
        : undefined;
    if (withContext !== undefined) {
      append(withContext);
      borrowedNext = after !== '';
      return;
    }
    append(before);
    const start = length;
    append(passage.mine);
    conflicts.push({ ...passage, start, end: length });
  });
  append(held.join(''));
  const text = pieces.join('');
  return conflicts.length === 0 ? { clean: true, text } : { clean: false, text, conflicts };
}

/**
 * Three-way merge of plain text (Markdown minutes, comment bodies): `base` is what a stale save started
 * from, `mine` the text it carried, `theirs` the text saved since.
 *
 * - Lines first, endings kept. A line only one side changed takes that side's version; a change both
 *   sides made identically is taken once; lines both sides deleted are gone. Changes to neighbouring
 *   lines merge, unlike git's diff3: a Markdown paragraph is one line, and the next paragraph is a
 *   separate matter. A line inserted next to the other side's change goes where it was inserted.
 * - The alignment anchors on lines that occur once on each side (patience diff), so blank lines between
 *   paragraphs cannot pair up wrongly; and an insertion or deletion that could equally sit a line
 *   earlier or later (a deleted paragraph with the blank line before it, or after it) is placed clear
 *   of the other side's edits where it can be.
 * - Where both sides changed the same lines, or inserted at the same point, the passage is merged again
 *   character by character, as classic diff3 (changes must not even touch), so edits to different
 *   sentences of one long paragraph still merge; Chinese minutes rarely break a paragraph into lines.
 *   Characters are code points, so a character outside the BMP is never split. If that collides, it is
 *   tried once more with the unchanged line before and after the passage included.
 * - What still collides is a conflict. The merged `text` then holds `mine` there, and the conflict
 *   gives the whole passage (whole lines) as base, mine and theirs, with its offsets in `text`, so the
 *   person can choose or combine. Two insertions at one point are a conflict: their order is a choice.
 * - A stretch with no anchors that node-diff3's LCS would take more than a second over (long runs of
 *   repeated lines or characters) counts as replaced whole, so it conflicts rather than hang the page.
 *
 * Like any diff3, a clean merge is textual: two edits a few characters apart in one sentence both land
 * even if together they read oddly. It never throws; should anything fail, the whole text is one
 * conflict.
 */
export function merge3(base: string, mine: string, theirs: string): MergeResult {
  if (mine === theirs || theirs === base) return { clean: true, text: mine };
  if (mine === base) return { clean: true, text: theirs };
  try {
    return mergeLines(base, mine, theirs);
  } catch {
    return { clean: false, text: mine, conflicts: [{ base, mine, theirs, start: 0, end: mine.length }] };
  }
}
