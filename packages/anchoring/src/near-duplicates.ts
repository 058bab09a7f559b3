/**
 * Near-duplicate texts by MinHash over character bigrams (the bigrams that compare passages, which
 * suit Chinese: no spaces to split words on). A text's signature is SIGNATURE_SIZE minimum hashes;
 * the share of positions two signatures agree on estimates the Jaccard similarity of their bigram
 * sets. Cut into BANDS bands of ROWS, a signature gives keys that two texts share, in at least one
 * band, with probability 1 − (1 − J^ROWS)^BANDS: about 0.93 at J = 0.8, 0.28 at 0.5, 0.04 at 0.3 —
 * so a store can find a new text's likely twins by an index on the keys, then check each.
 */
export const SIGNATURE_SIZE = 20;
const BANDS = 5;
const ROWS = SIGNATURE_SIZE / BANDS;

/** What two texts must share (estimated Jaccard of their bigram sets) to count as one opinion said twice. */
export const NEAR_DUPLICATE = 0.6;

// Punctuation, symbols and spaces do not make two opinions different; letters fold to lower case.
const NOISE = /[\s\p{P}\p{S}]+/gu;

/** The text as compared: no spaces, punctuation or symbols; lower case. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(NOISE, '').toLowerCase();
}

/** FNV-1a of a string, 32 bits, from a seed. */
function fnv(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A final mix, so that seeds give hash functions independent enough for MinHash. */
function mix(h: number, seed: number): number {
  let x = (h ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35) >>> 0;
  x ^= x >>> 16;
  return x >>> 0;
}

/** The MinHash signature of a text: SIGNATURE_SIZE unsigned 32-bit integers. */
export function textSignature(text: string): number[] {
  const t = comparable(text);
  const grams = new Set<number>();
  if (t.length < 2) grams.add(fnv(t, 0));
  for (let i = 0; i + 1 < t.length; i++) grams.add(fnv(t.slice(i, i + 2), 0));
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const g of grams) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const h = mix(g, k);
      if (h < (signature[k] as number)) signature[k] = h;
    }
  }
  return signature;
}

/** The keys of a signature's bands, as signed 32-bit integers (a PostgreSQL int[]), one per band. */
export function signatureBands(signature: readonly number[]): number[] {
  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    const rows = signature.slice(b * ROWS, (b + 1) * ROWS).join(',');
    bands.push(fnv(`${b}:${rows}`, 0x5bd1e995) | 0);
  }
  return bands;
}

/** The estimated Jaccard similarity of two texts' bigram sets, from their signatures (0–1). */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}
