import type { Direction } from './checks.js';
import { bareAt, writtenNumbers } from './numbers.js';
import { type IndicatorSuggestion, targetYears } from './suggest-types.js';
import { foldWidth, normalizeUnit, unitAt } from './units.js';

type Strength = 'STRONG' | 'WEAK';

interface Cue {
  words: readonly string[];
  direction?: Direction;
  strength: Strength;
  /** For a change rather than a level ("下降15%"): what the name gets, 下降 → 下降率. */
  change?: string;
}

/**
 * Words before a figure that make it a target. STRONG ones say so on their own (不低于, 不超过, ≥).
 * WEAK ones also describe what happened ("较2015年下降41.8%", "达到600余支"), so they count only in a
 * sentence with a target marker (到2025年, 2025年前, "十四五"末, 力争, 确保) or under one (a
 * paragraph "到2025年：" before a list).
 *
 * 下降/降低/减少 N% is the size of a cut, so a bigger cut is stronger: AT_LEAST, named …下降率 as
 * plans' indicator tables name it. 下降到/降至 N is the level reached: AT_MOST.
 */
const CUES: readonly Cue[] = [
  { words: ['不低于', '不少于', '不小于', '至少', '≥', '>='], direction: 'AT_LEAST', strength: 'STRONG' },
  { words: ['不超过', '不高于', '不多于', '不大于', '控制在', '≤', '<='], direction: 'AT_MOST', strength: 'STRONG' },
  {
    words: ['下降到', '下降至', '降至', '降到', '降低到', '降低至', '减少到', '减少至', '减至'],
    direction: 'AT_MOST',
    strength: 'WEAK',
  },
  {
    words: ['达到', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增长到', '增至', '增长至'],
    direction: 'AT_LEAST',
    strength: 'WEAK',
  },
  { words: ['下降'], direction: 'AT_LEAST', strength: 'WEAK', change: '下降率' },
  { words: ['降低'], direction: 'AT_LEAST', strength: 'WEAK', change: '降低率' },
  { words: ['减少'], direction: 'AT_LEAST', strength: 'WEAK', change: '减少率' },
  { words: ['增长'], direction: 'AT_LEAST', strength: 'WEAK', change: '增长率' },
  { words: ['提高', '提升', '增加'], direction: 'AT_LEAST', strength: 'WEAK', change: '提高幅度' },
];

/** Words after a figure: 95%以上, 2.5小时以内. Always STRONG. */
const AFTER: readonly { pattern: RegExp; direction: Direction }[] = [
  { pattern: /^\s*(?:及以上|以上)/u, direction: 'AT_LEAST' },
  { pattern: /^\s*(?:以下|以内|之内)/u, direction: 'AT_MOST' },
];

const TARGET_MARKER = /力争|确保/u;
const CLAUSE_BREAK = /[,;!?:，；。！？：\n]/u;
const SENTENCE_BREAK = /[;!?；。！？\n]/u;
// Time phrases and hedges that are not part of what is measured.
const NOT_NAME =
  /(?:到|至|截至|截止到?)\s*[\d０-９]{4}\s*年(?:底|末)?|[\d０-９]{4}\s*年(?:底|末)?(?:前|以前)?|[较比]\s*[\d０-９]{4}\s*年(?:底|末)?|力争|确保|基本|全面/gu;

function findBreak(text: string, from: number, step: 1 | -1, breaks: RegExp): number {
  let i = from;
  while (i >= 0 && i < text.length) {
    if (breaks.test(text.charAt(i))) return i;
    i += step;
  }
  return step === 1 ? text.length : -1;
}

/** The nearest cue in `prefix` (the clause before the figure): the one that ends last, then the longest. */
function cueBefore(prefix: string): { cue: Cue; word: string; at: number } | undefined {
  let best: { cue: Cue; word: string; at: number } | undefined;
  for (const cue of CUES) {
    for (const word of cue.words) {
      const at = prefix.lastIndexOf(word);
      if (at < 0) continue;
      const end = at + word.length;
      const bestEnd = best ? best.at + best.word.length : -1;
      if (end > bestEnd || (end === bestEnd && best && word.length > best.word.length)) best = { cue, word, at };
    }
  }
  return best;
}

function unitless(folded: string, start: number, end: number): boolean {
  if (!bareAt(folded, end)) return false;
  if (AFTER.some((a) => a.pattern.test(folded.slice(end, end + 4)))) return true;
  const before = folded.slice(Math.max(0, start - 4), start).trimEnd();
  return CUES.some((cue) => cue.strength === 'STRONG' && cue.words.some((word) => before.endsWith(word)));
}

function cleanName(text: string): string {
  return text
    .replace(NOT_NAME, '')
    .replace(/^[\s、，,和及与]+|[\s、，,的为和及与]+$/gu, '')
    .trim();
}

/**
 * The indicators stated in one sentence-bearing block (PARAGRAPH, LIST_ITEM): each Arabic figure
 * followed by a unit this package knows (or by no unit, when a bound is written right beside it:
 * 降至0.011以下, 不超过0.5), with a cue that makes it a target (see CUES), or with no cue
 * in a sentence that says 力争/确保/到2025年. A figure followed by 余/多 (600余支) is an
 * approximate count, never a target. The source is the clause that holds the figure (between ，；。
 * and the like), trimmed; the name is that clause without the figure, the cue and time phrases.
 */
export function suggestFromSentences(
  block: { id: string; text: string },
  contextYear: number | undefined,
): IndicatorSuggestion[] {
  const text = block.text;
  const folded = foldWidth(text);
  const suggestions: IndicatorSuggestion[] = [];
  for (const number of writtenNumbers(text)) {
    let unitStart = number.end;
    while (folded.charAt(unitStart) === ' ') unitStart++;
    const unit = unitAt(folded, unitStart) ?? '';
    // A figure with no unit (a rate per 亿元: 降至0.011以下) only right beside a cue that bounds it.
    if (unit === '' && !unitless(folded, number.start, number.end)) continue;
    const unitEnd = unit === '' ? number.end : unitStart + unit.length;
    const clauseStart = findBreak(folded, number.start - 1, -1, CLAUSE_BREAK) + 1;
    const clauseEnd = findBreak(folded, unitEnd, 1, CLAUSE_BREAK);
    const sentenceStart = findBreak(folded, number.start - 1, -1, SENTENCE_BREAK) + 1;
    const sentenceEnd = findBreak(folded, unitEnd, 1, SENTENCE_BREAK);
    const sentence = folded.slice(sentenceStart, sentenceEnd);
    const prefix = folded.slice(clauseStart, number.start);
    const suffix = folded.slice(unitEnd, clauseEnd);
    const before = cueBefore(prefix);
    const after = AFTER.find((a) => a.pattern.test(suffix));
    const years = targetYears(sentence);
    const marked = years.length > 0 || TARGET_MARKER.test(sentence);
    const strong = after !== undefined || before?.cue.strength === 'STRONG';
    if (!strong && !marked && !(before && contextYear !== undefined)) continue;

    let start = clauseStart;
    let end = clauseEnd;
    while (start < end && /\s/u.test(text.charAt(start))) start++;
    while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
    const quote = text.slice(start, end);

    // The name from the text as written (（街道） stays full-width); offsets are shared with `folded`.
    const written = text.slice(clauseStart, number.start);
    const head = before ? written.slice(0, before.at) + written.slice(before.at + before.word.length) : written;
    const rest = text.slice(unitEnd, clauseEnd);
    const tail = after ? rest.replace(after.pattern, '') : rest;
    const change = after ? undefined : before?.cue.change;
    const name = cleanName(cleanName(head) + (change ?? '') + cleanName(tail)) || quote;
    const inSentence = years.filter((y) => sentenceStart + y.end <= number.start).at(-1) ?? years[0];
    const targetYear = inSentence?.year ?? contextYear;
    const direction = after?.direction ?? before?.cue.direction;
    suggestions.push({
      name,
      unit: normalizeUnit(unit),
      target: number.value,
      ...(targetYear !== undefined && { targetYear }),
      ...(direction && { direction }),
      source: { blockId: block.id, start, end, quote },
    });
  }
  return suggestions;
}
