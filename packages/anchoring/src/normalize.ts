export interface NormalizedText {
  text: string;
  /**
   * For each index of `text`, the index in the original string it came from, plus one extra entry
   * (`toOriginal[text.length]`) holding the original length, so that an exclusive end maps back too.
   */
  toOriginal: number[];
}

// Chinese punctuation and its ASCII twin are typed interchangeably (IME state, Word autocorrect, files
// merged from several units), so both fold to the ASCII form. Full-width ASCII (U+FF01–U+FF5E, which
// includes ，；：？！（）［］) is handled arithmetically in foldCode; this table holds the rest.
// 《》 and 〈〉 are kept: book-title marks have no ASCII twin, and folding them to <> would make
// a title look like a comparison ("<5%").
const FOLDS: Record<string, string> = {
  '。': '.',
  '｡': '.',
  '、': ',',
  '､': ',',
  '“': '"',
  '”': '"',
  '「': '"',
  '」': '"',
  '‘': "'",
  '’': "'",
  '『': "'",
  '』': "'",
  '【': '[',
  '】': ']',
  // 〔〕 carry document numbers (国办发〔2021〕36号), often retyped as [] or 【】.
  '〔': '[',
  '〕': ']',
  // Year ranges are written 2021—2025, 2021–2025 and 2021-2025 in the same draft.
  '—': '-',
  '–': '-',
  '‒': '-',
  '‐': '-',
  '‑': '-',
  '−': '-',
  '〜': '~',
};

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_SHIFT = 0xff01 - 0x21;

// JavaScript's \s: ASCII whitespace, NBSP, the U+2000 spaces, line/paragraph separators, U+3000 and BOM.
const WHITESPACE = /\s/;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return String.fromCharCode(code - FULL_WIDTH_SHIFT);
  return FOLDS[ch] ?? ch;
}

/**
 * Folds the variants that differ between drafts without changing the meaning, one character for one
 * character, except that a run of whitespace becomes a single space. Because nothing is expanded,
 * every normalised character maps to exactly one original character.
 */
export function normalize(text: string): NormalizedText {
  const source = typeof text === 'string' ? text : '';
  const toOriginal: number[] = [];
  const out: string[] = [];
  let inSpace = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (WHITESPACE.test(ch)) {
      if (!inSpace) {
        out.push(' ');
        toOriginal.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    out.push(foldChar(ch));
    toOriginal.push(i);
  }
  toOriginal.push(source.length);
  return { text: out.join(''), toOriginal };
}

/** The normalised index at or after an original index: where an offset into the original lands. */
export function toNormalizedIndex(normalized: NormalizedText, originalIndex: number): number {
  const map = normalized.toOriginal;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((map[mid] ?? Number.POSITIVE_INFINITY) < originalIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
