import search from 'approx-string-match';
import { CONTEXT_LENGTH } from './anchor.js';
import type { NormalizedText } from './normalize.js';
import { distancesToSuffixes, textSimilarity } from './similarity.js';

// Hypothesis's weights (client/src/annotator/anchoring/match-quote.ts): the quote decides, context
// separates look-alikes, and position only breaks ties between otherwise equal candidates.
export const QUOTE_WEIGHT = 50;
export const PREFIX_WEIGHT = 20;
export const SUFFIX_WEIGHT = 20;
export const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Lowest weighted score (0–1) accepted. An exact quote whose context is gone scores at least 50/92 ≈ 0.54
 * and passes; a quote with half its characters changed needs about half its context intact
 * ((0.5·50 + 0.5·40 + 2) / 92 ≈ 0.51); a chance look-alike (half the quote, unrelated context) scores
 * about 0.35 and does not pass.
 */
export const MIN_SCORE = 0.5;
/** Quotes of at most this many (normalised) characters are matched exactly, in their own block only. */
export const SHORT_QUOTE_MAX = 2;
/**
 * Quotes up to this length are phrases that recur all over a plan (应急物资储备体系); a match is taken
 * only in the passage's own block or where at least MIN_CONTEXT of its context survived.
 */
export const PHRASE_QUOTE_MAX = 15;
/** Mean of prefix and suffix similarity that counts as "the surroundings are still recognisable". */
export const MIN_CONTEXT = 0.5;
/** approx-string-match's cost grows with the error budget; Hypothesis caps it here too. */
export const MAX_ERRORS_CAP = 256;
// Repetitive text can yield a match at almost every offset; scoring is bounded by keeping the likeliest.
const MAX_CANDIDATES = 200;
// Start refinement (otherStarts) costs quote length × (quote length + errors); it is spent on the best few.
const REFINED_CANDIDATES = 3;
const REFINE_MAX_QUOTE = 1000;

export interface SearchBlock {
  norm: NormalizedText;
  /** Where the block starts in the draft's normalised text, blocks joined by one separator. */
  offset: number;
}

/** What is looked for, all normalised. */
export interface Target {
  quote: string;
  prefix: string;
  suffix: string;
  /** The passage began its block, so text now found before it is a difference in context. */
  prefixAtBlockStart: boolean;
  suffixAtBlockEnd: boolean;
  /** Expected start in the joined normalised text; null when the old position is unknown. */
  hint: number | null;
  /** The new block that corresponds to the old one, if any. */
  home: number | null;
}

export interface Match {
  block: number;
  /** Normalised offsets within the block. */
  start: number;
  end: number;
  errors: number;
  score: number;
  context: number;
}

type Candidate = Pick<Match, 'block' | 'start' | 'end' | 'errors'>;

export function findBestMatch(target: Target, blocks: SearchBlock[], totalLength: number): Match | null {
  const length = target.quote.length;
  if (length === 0) return null;
  const pick = (candidates: Candidate[]) => bestAcceptable(candidates, target, blocks, totalLength);
  if (length <= SHORT_QUOTE_MAX) return pick(target.home === null ? [] : exactIn(target, blocks, [target.home]));
  // A match with an error cannot outscore an exact match that reaches this, so the approximate search,
  // by far the costliest step, is needed only when no exact match reaches it.
  const ceiling = (QUOTE_WEIGHT * (1 - 1 / length) + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT) / TOTAL_WEIGHT;
  const exact = pick(exactIn(target, blocks, blocks.keys()));
  if (exact && exact.score >= ceiling) return exact;
  return pick(approximateEverywhere(target, blocks));
}

function bestAcceptable(candidates: Candidate[], target: Target, blocks: SearchBlock[], totalLength: number) {
  const short = target.quote.length <= SHORT_QUOTE_MAX;
  const scored = limit(candidates, target, blocks).map((c) => score(c, target, blocks, totalLength));
  const refined = scored
    .filter((m) => m.errors > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, REFINED_CANDIDATES)
    .flatMap((m) => otherStarts(m, target, blocks).map((c) => score(c, target, blocks, totalLength)));
  let best: Match | null = null;
  for (const match of [...scored, ...refined]) {
    if (!acceptable(match, target, short)) continue;
    if (!best || match.score > best.score) best = match;
  }
  return best;
}

/**
 * approx-string-match gives one start per match end, the earliest, so when the first characters of a
 * quote were deleted it reaches back into the text before ("工程，改造…" for "新建和改造…"). Every start
 * within the error budget is offered instead, and the prefix decides among them.
 */
function otherStarts(match: Match, target: Target, blocks: SearchBlock[]): Candidate[] {
  const quote = target.quote;
  if (quote.length > REFINE_MAX_QUOTE) return [];
  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(quote.length / 2));
  const text = blocks[match.block]?.norm.text ?? '';
  const from = Math.max(0, match.end - quote.length - maxErrors);
  const distances = distancesToSuffixes(quote, text.slice(from, match.end));
  const starts: Candidate[] = [];
  distances.forEach((errors, length) => {
    if (length > 0 && errors <= maxErrors) starts.push({ ...match, start: match.end - length, errors });
  });
  return starts;
}

function acceptable(match: Match, target: Target, short: boolean): boolean {
  if (short) return match.context >= MIN_CONTEXT;
  if (match.score < MIN_SCORE) return false;
  if (target.quote.length > PHRASE_QUOTE_MAX) return true;
  return match.block === target.home || match.context >= MIN_CONTEXT;
}

function exactIn(target: Target, blocks: SearchBlock[], indexes: Iterable<number>): Candidate[] {
  const candidates: Candidate[] = [];
  for (const block of indexes) {
    for (const start of exactOccurrences(blocks[block]?.norm.text ?? '', target.quote)) {
      candidates.push({ block, start, end: start + target.quote.length, errors: 0 });
    }
  }
  return candidates;
}

function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function approximateEverywhere(target: Target, blocks: SearchBlock[]): Candidate[] {
  const quote = target.quote;
  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(quote.length / 2));
  const candidates: Candidate[] = [];
  // Each block is searched on its own, so no match can span two blocks, and every block offers its
  // own best matches rather than only the draft's overall best.
  blocks.forEach((block, index) => {
    const text = block.norm.text;
    if (text.length < quote.length - maxErrors) return;
    const exact = exactOccurrences(text, quote);
    if (exact.length > 0) {
      for (const start of exact) candidates.push({ block: index, start, end: start + quote.length, errors: 0 });
      return;
    }
    for (const m of search(text, quote, maxErrors)) candidates.push({ block: index, ...m });
  });
  // The search keeps only the fewest-error matches per block, so an exact copy of the passage elsewhere
  // in the home block would hide the edited passage itself; search near the old position separately.
  const home = target.home === null ? undefined : blocks[target.home];
  if (home && target.hint !== null) {
    const text = home.norm.text;
    const expected = target.hint - home.offset;
    const from = Math.max(0, expected - quote.length - maxErrors);
    const to = Math.min(text.length, expected + 2 * quote.length + maxErrors);
    if (to > from) {
      for (const m of search(text.slice(from, to), quote, maxErrors)) {
        candidates.push({ block: target.home as number, start: m.start + from, end: m.end + from, errors: m.errors });
      }
    }
  }
  return candidates;
}

function limit(candidates: Candidate[], target: Target, blocks: SearchBlock[]): Candidate[] {
  const seen = new Set<string>();
  const unique = candidates.filter((c) => {
    const key = `${c.block}:${c.start}:${c.end}`;
    if (c.end <= c.start || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length <= MAX_CANDIDATES) return unique;
  const distance = (c: Candidate) =>
    target.hint === null ? 0 : Math.abs((blocks[c.block]?.offset ?? 0) + c.start - target.hint);
  return unique.sort((a, b) => a.errors - b.errors || distance(a) - distance(b)).slice(0, MAX_CANDIDATES);
}

function score(candidate: Candidate, target: Target, blocks: SearchBlock[], totalLength: number): Match {
  const block = blocks[candidate.block];
  const text = block?.norm.text ?? '';
  const quoteScore = Math.max(0, 1 - candidate.errors / target.quote.length);

  const prefixWindow = target.prefixAtBlockStart ? CONTEXT_LENGTH : target.prefix.length;
  const actualPrefix = text.slice(Math.max(0, candidate.start - prefixWindow), candidate.start);
  const prefixScore = textSimilarity(target.prefix, actualPrefix);
  const suffixWindow = target.suffixAtBlockEnd ? CONTEXT_LENGTH : target.suffix.length;
  const actualSuffix = text.slice(candidate.end, candidate.end + suffixWindow);
  const suffixScore = textSimilarity(target.suffix, actualSuffix);

  let positionScore = 0.5;
  if (target.hint !== null) {
    const offset = Math.abs((block?.offset ?? 0) + candidate.start - target.hint);
    positionScore = Math.max(0, 1 - offset / Math.max(1, totalLength));
  }
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * prefixScore +
    SUFFIX_WEIGHT * suffixScore +
    POSITION_WEIGHT * positionScore;
  return { ...candidate, score: raw / TOTAL_WEIGHT, context: (prefixScore + suffixScore) / 2 };
}
