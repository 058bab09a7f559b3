/** Edit distance (insertions, deletions, substitutions of UTF-16 code units). Meant for short strings. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** 1 for equal strings, 0 for nothing in common; two empty strings are equal. */
export function textSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/** Multiset of character bigrams, with the ends marked so that one-character texts still have some. */
export function bigrams(text: string): Map<string, number> {
  const padded = `\u0000${text}\u0000`;
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < padded.length; i++) {
    const gram = padded.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Dice coefficient of two bigram multisets. Bigrams suit Chinese, where a word is usually two
 * characters and there are no spaces to split on; the cost is linear, unlike an edit distance, which
 * matters when every old paragraph is compared with every new one.
 */
export function diceSimilarity(a: Map<string, number>, b: Map<string, number>, sizeA: number, sizeB: number): number {
  if (sizeA + sizeB === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [gram, count] of small) shared += Math.min(count, large.get(gram) ?? 0);
  return (2 * shared) / (sizeA + sizeB);
}

/**
 * `result[j]` is the edit distance between `pattern` and the last `j` code units of `text`: one table,
 * read along its last row, instead of one distance per candidate start.
 */
export function distancesToSuffixes(pattern: string, text: string): number[] {
  let previous = Array.from({ length: text.length + 1 }, (_, j) => j);
  let current = new Array<number>(text.length + 1);
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    const cp = pattern.charCodeAt(pattern.length - i);
    for (let j = 1; j <= text.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (cp === text.charCodeAt(text.length - j) ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous;
}
