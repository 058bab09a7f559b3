/** One occurrence of the find query in a block's text: character offsets, [start, end). */
export interface FindMatch {
  blockId: string;
  start: number;
  end: number;
}

/**
 * Every occurrence of `query` in the blocks, in reading order, case-insensitive, not overlapping.
 * Searched in the blocks' text rather than the page: the reader draws only the rows on screen
 * (a virtual list), so the browser's own find sees a few dozen of a draft's paragraphs.
 */
export function findMatches(blocks: readonly { id: string; text: string }[], query: string): FindMatch[] {
  const needle = query.toLowerCase();
  if (!needle.trim()) return [];
  const out: FindMatch[] = [];
  for (const b of blocks) {
    const hay = b.text.toLowerCase();
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      out.push({ blockId: b.id, start: at, end: at + needle.length });
    }
  }
  return out;
}

/** The match to start at: the first in `blockId` (a search hit's passage), else the first of all. */
export function firstIndexIn(matches: readonly FindMatch[], blockId: string | null): number {
  if (!matches.length) return -1;
  const i = blockId ? matches.findIndex((m) => m.blockId === blockId) : -1;
  return Math.max(i, 0);
}

/** The index `step` places on from `current`, wrapping round at either end. */
export function stepIndex(current: number, step: number, count: number): number {
  if (count <= 0) return -1;
  return (((current + step) % count) + count) % count;
}
