import { diffArrays } from 'diff';
import type { TextBlock } from './anchor.js';
import { normalize } from './normalize.js';
import { bigrams, diceSimilarity } from './similarity.js';

export type BlockPairing =
  | { kind: 'UNCHANGED' | 'CHANGED'; oldIndex: number; newIndex: number }
  | { kind: 'REMOVED'; oldIndex: number }
  | { kind: 'ADDED'; newIndex: number };

/**
 * Two blocks with at least this bigram similarity are one block edited (CHANGED); below it, one was
 * removed and the other added. At 0.5 a paragraph keeps its identity through a rewritten sentence or an
 * added clause, but not through a rewrite in which under half of its two-character words survive.
 */
export const PAIR_MIN_SIMILARITY = 0.5;

// Past this many old × new comparisons within one run of differing blocks, the optimal alignment (a
// table of that size) gives way to a greedy one that looks this far ahead.
const MAX_PAIR_TABLE = 250_000;
const GREEDY_LOOKAHEAD = 20;

interface Prepared {
  raw: string;
  grams: Map<string, number>;
  size: number;
}

function prepare(blocks: TextBlock[]): { keys: string[]; prepared: Prepared[] } {
  const keys = blocks.map((block) => normalize(block.text).text);
  const prepared = keys.map((key, i) => ({ raw: blocks[i]?.text ?? '', grams: bigrams(key), size: key.length + 1 }));
  return { keys, prepared };
}

/**
 * Pairs old blocks with new ones in order. Blocks equal after normalisation are paired first (a longest
 * common subsequence, so a draft where every "，" became "," still lines up); the runs in between are
 * paired by similarity, maximising the summed similarity of the pairs.
 */
export function alignBlocks(oldBlocks: TextBlock[], newBlocks: TextBlock[]): BlockPairing[] {
  const olds = prepare(oldBlocks);
  const news = prepare(newBlocks);
  const result: BlockPairing[] = [];
  let oi = 0;
  let ni = 0;
  let hunkOld = 0;
  let hunkNew = 0;
  const flushHunk = () => {
    alignHunk(olds.prepared, news.prepared, hunkOld, oi, hunkNew, ni, result);
    hunkOld = oi;
    hunkNew = ni;
  };
  for (const change of diffArrays(olds.keys, news.keys)) {
    if (change.removed) oi += change.count;
    else if (change.added) ni += change.count;
    else {
      flushHunk();
      for (let k = 0; k < change.count; k++, oi++, ni++) result.push(pairOf(olds.prepared, news.prepared, oi, ni));
      hunkOld = oi;
      hunkNew = ni;
    }
  }
  flushHunk();
  return result;
}

function pairOf(olds: Prepared[], news: Prepared[], oldIndex: number, newIndex: number): BlockPairing {
  const same = olds[oldIndex]?.raw === news[newIndex]?.raw;
  return { kind: same ? 'UNCHANGED' : 'CHANGED', oldIndex, newIndex };
}

function similarity(a: Prepared | undefined, b: Prepared | undefined): number {
  if (!a || !b) return 0;
  const s = diceSimilarity(a.grams, b.grams, a.size, b.size);
  return s >= PAIR_MIN_SIMILARITY ? s : 0;
}

function alignHunk(
  olds: Prepared[],
  news: Prepared[],
  oldFrom: number,
  oldTo: number,
  newFrom: number,
  newTo: number,
  out: BlockPairing[],
): void {
  const n = oldTo - oldFrom;
  const m = newTo - newFrom;
  if (n === 0 && m === 0) return;
  if (n * m > MAX_PAIR_TABLE) {
    alignGreedy(olds, news, oldFrom, oldTo, newFrom, newTo, out);
    return;
  }
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  const sims = new Float64Array(n * m);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = similarity(olds[oldFrom + i - 1], news[newFrom + j - 1]);
      sims[(i - 1) * m + (j - 1)] = s;
      const skip = Math.max(best[(i - 1) * width + j] ?? 0, best[i * width + j - 1] ?? 0);
      const pair = s > 0 ? (best[(i - 1) * width + j - 1] ?? 0) + s : 0;
      best[i * width + j] = Math.max(skip, pair);
    }
  }
  // Walking back, additions are taken before removals so that, read forwards, a gap lists what was
  // removed before what was added.
  const reversed: BlockPairing[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = best[i * width + j] ?? 0;
    const s = i > 0 && j > 0 ? (sims[(i - 1) * m + (j - 1)] ?? 0) : 0;
    if (s > 0 && here === (best[(i - 1) * width + j - 1] ?? 0) + s) {
      reversed.push(pairOf(olds, news, oldFrom + i - 1, newFrom + j - 1));
      i--;
      j--;
    } else if (j > 0 && here === (best[i * width + j - 1] ?? 0)) {
      reversed.push({ kind: 'ADDED', newIndex: newFrom + j - 1 });
      j--;
    } else {
      reversed.push({ kind: 'REMOVED', oldIndex: oldFrom + i - 1 });
      i--;
    }
  }
  for (let k = reversed.length - 1; k >= 0; k--) out.push(reversed[k] as BlockPairing);
}

function alignGreedy(
  olds: Prepared[],
  news: Prepared[],
  oldFrom: number,
  oldTo: number,
  newFrom: number,
  newTo: number,
  out: BlockPairing[],
): void {
  let j = newFrom;
  for (let i = oldFrom; i < oldTo; i++) {
    let bestK = -1;
    let bestS = 0;
    for (let k = j; k < Math.min(newTo, j + GREEDY_LOOKAHEAD); k++) {
      const s = similarity(olds[i], news[k]);
      if (s > bestS) {
        bestS = s;
        bestK = k;
      }
    }
    if (bestK < 0) {
      out.push({ kind: 'REMOVED', oldIndex: i });
      continue;
    }
    for (; j < bestK; j++) out.push({ kind: 'ADDED', newIndex: j });
    out.push(pairOf(olds, news, i, bestK));
    j = bestK + 1;
  }
  for (; j < newTo; j++) out.push({ kind: 'ADDED', newIndex: j });
}
