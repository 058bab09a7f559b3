import { diffIndices } from 'node-diff3';

/** base[baseStart, baseEnd) became side[sideStart, sideEnd). */
export interface Change {
  baseStart: number;
  baseEnd: number;
  sideStart: number;
  sideEnd: number;
}

interface Span {
  baseStart: number;
  baseEnd: number;
  sideStart: number;
  sideEnd: number;
}

/** Pairs (base index, side index) of elements that occur exactly once in each span, in base order. */
function uniquePairs<T>(base: T[], side: T[], span: Span): [number, number][] {
  const seen = new Map<T, { inBase: number; baseAt: number; inSide: number; sideAt: number }>();
  for (let i = span.baseStart; i < span.baseEnd; i++) {
    const entry = seen.get(base[i] as T);
    if (entry) entry.inBase++;
    else seen.set(base[i] as T, { inBase: 1, baseAt: i, inSide: 0, sideAt: -1 });
  }
  for (let j = span.sideStart; j < span.sideEnd; j++) {
    const entry = seen.get(side[j] as T);
    if (!entry) continue;
    entry.inSide++;
    entry.sideAt = j;
  }
  const pairs: [number, number][] = [];
  for (const { inBase, baseAt, inSide, sideAt } of seen.values()) {
    if (inBase === 1 && inSide === 1) pairs.push([baseAt, sideAt]);
  }
  return pairs.sort((left, right) => left[0] - right[0]);
}

/** How much an anchor is worth: a line with words in it far more than a blank line or a lone space. */
function weight(element: unknown): number {
  return typeof element === 'string' ? 1 + element.trim().length : 1;
}

/**
 * The heaviest run of pairs increasing in side index too, so that they can all match: a Fenwick tree
 * over side positions keeps the best run ending below each. Weighing by content keeps a blank line
 * that happens to be unique in a short gap from outvoting the paragraph next to it.
 */
function heaviestIncreasing<T>(pairs: [number, number][], side: T[]): [number, number][] {
  const ranks = new Map(
    [...pairs].sort((left, right) => left[1] - right[1]).map(([, sideAt], rank) => [sideAt, rank + 1]),
  );
  const treeValue = new Array<number>(pairs.length + 1).fill(0);
  const treeIndex = new Array<number>(pairs.length + 1).fill(-1);
  const before = new Array<number>(pairs.length).fill(-1);
  let best = { value: 0, index: -1 };
  pairs.forEach(([, sideAt], index) => {
    const rank = ranks.get(sideAt) as number;
    let value = 0;
    let from = -1;
    for (let at = rank - 1; at > 0; at -= at & -at) {
      if ((treeValue[at] as number) > value) [value, from] = [treeValue[at] as number, treeIndex[at] as number];
    }
    before[index] = from;
    value += weight(side[sideAt]);
    if (value > best.value) best = { value, index };
    for (let at = rank; at <= pairs.length; at += at & -at) {
      if ((treeValue[at] as number) < value) [treeValue[at], treeIndex[at]] = [value, index];
    }
  });
  const chain: [number, number][] = [];
  for (let index = best.index; index >= 0; index = before[index] as number)
    chain.push(pairs[index] as [number, number]);
  return chain.reverse();
}

/**
 * What node-diff3's LCS may cost on a gap, at worst: it scans its candidate list for every matching
 * pair, so about the number of matching pairs times the length of the shorter side. Blank lines, or
 * the few characters of a repetitive passage, make that explode: 4,000 lines of alternating text and
 * blank lines take it half a minute.
 */
function lcsCost<T>(base: T[], side: T[]): number {
  const counts = new Map<T, number>();
  for (const element of base) counts.set(element, (counts.get(element) ?? 0) + 1);
  let pairs = 0;
  for (const element of side) pairs += counts.get(element) ?? 0;
  return pairs * Math.min(base.length, side.length);
}

/** Beyond this, a gap is taken as replaced whole (well under a second of LCS at worst). */
const MAX_LCS_COST = 500_000_000;

/**
 * The changes that turn base into side.
 *
 * Patience diff over node-diff3: elements that occur once on each side anchor the alignment first,
 * and node-diff3's LCS fills only the gaps between anchors. Its LCS alone counts a blank line as good
 * a match as any paragraph, so with a paragraph inserted in one place and another deleted elsewhere it
 * can pair up blank lines and report a paragraph in between as rewritten, which then collides with the
 * other side's edit of it. The common head and tail of each gap are trimmed first, and a gap whose LCS
 * would be too slow (see `lcsCost`) counts as replaced whole: coarser, so it may conflict, but quick.
 */
export function diff<T>(base: T[], side: T[]): Change[] {
  const changes: Change[] = [];
  // An explicit stack rather than recursion: gaps can nest as deep as the text is long.
  const pending: Span[] = [{ baseStart: 0, baseEnd: base.length, sideStart: 0, sideEnd: side.length }];
  while (pending.length > 0) {
    const span = pending.pop() as Span;
    while (
      span.baseStart < span.baseEnd &&
      span.sideStart < span.sideEnd &&
      base[span.baseStart] === side[span.sideStart]
    ) {
      span.baseStart++;
      span.sideStart++;
    }
    while (
      span.baseStart < span.baseEnd &&
      span.sideStart < span.sideEnd &&
      base[span.baseEnd - 1] === side[span.sideEnd - 1]
    ) {
      span.baseEnd--;
      span.sideEnd--;
    }
    if (span.baseStart === span.baseEnd || span.sideStart === span.sideEnd) {
      if (span.baseStart !== span.baseEnd || span.sideStart !== span.sideEnd) changes.push(span);
      continue;
    }
    const anchors = heaviestIncreasing(uniquePairs(base, side, span), side);
    if (anchors.length === 0) {
      const gapBase = base.slice(span.baseStart, span.baseEnd);
      const gapSide = side.slice(span.sideStart, span.sideEnd);
      if (lcsCost(gapBase, gapSide) > MAX_LCS_COST) {
        changes.push(span);
        continue;
      }
      for (const { buffer1, buffer2 } of diffIndices(gapBase, gapSide)) {
        changes.push({
          baseStart: span.baseStart + buffer1[0],
          baseEnd: span.baseStart + buffer1[0] + buffer1[1],
          sideStart: span.sideStart + buffer2[0],
          sideEnd: span.sideStart + buffer2[0] + buffer2[1],
        });
      }
      continue;
    }
    let [baseAt, sideAt] = [span.baseStart, span.sideStart];
    for (const [baseAnchor, sideAnchor] of anchors) {
      pending.push({ baseStart: baseAt, baseEnd: baseAnchor, sideStart: sideAt, sideEnd: sideAnchor });
      [baseAt, sideAt] = [baseAnchor + 1, sideAnchor + 1];
    }
    pending.push({ baseStart: baseAt, baseEnd: span.baseEnd, sideStart: sideAt, sideEnd: span.sideEnd });
  }
  return changes.sort((left, right) => left.baseStart - right.baseStart);
}
