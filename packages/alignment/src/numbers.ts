import { foldWidth } from './units.js';

/** A number written in a passage, with its offsets (UTF-16, into the original text). */
export interface WrittenNumber {
  value: number;
  start: number;
  end: number;
}

// Arabic numerals only (full-width ones are folded first): 95, 95.0, 0.012, 1,000 and 1,000.5 (an ASCII
// comma between groups of three digits).
// Chinese numerals (九十五) are not read: indicator values in plans are written in Arabic numerals.
const NUMBER = /(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\d.])\d+(?:\.\d+)?(?![\d])/gu;

/** Every number written in `text`, in order. */
export function writtenNumbers(text: string): WrittenNumber[] {
  // A full-width comma separates clauses, never thousands: keep it from reading as one.
  const folded = foldWidth(text.replaceAll('，', '、'));
  const found: WrittenNumber[] = [];
  for (const match of folded.matchAll(NUMBER)) {
    const value = Number(match[0].replaceAll(',', ''));
    if (Number.isFinite(value)) found.push({ value, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Equal as plan figures are: 95 and 95.0 are one value; float noise from storage is ignored. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Parses a number as written (full-width digits and thousands separators allowed); NaN otherwise. */
export function parseNumber(text: string): number {
  const folded = foldWidth(text).trim().replaceAll(',', '');
  return /^\d+(?:\.\d+)?$/u.test(folded) ? Number(folded) : Number.NaN;
}

/**
 * Whether a figure ending at `pos` of width-folded text stands bare: followed by nothing, spaces,
 * punctuation or a table's cell separator, or by a bound (以上, 以下, 以内, 之内) — not by a unit or a word.
 */
export function bareAt(folded: string, pos: number): boolean {
  const rest = folded.slice(pos).trimStart();
  return rest === '' || !/^[\p{L}\p{N}%‰]/u.test(rest) || /^(?:及以上|以上|以下|以内|之内)/u.test(rest);
}
