export interface TextBlock {
  id: string;
  text: string;
}

/** A passage of one block: `text.slice(start, end) === quote`, offsets in UTF-16 code units. */
export interface Anchor {
  blockId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export type AnchorState = 'ATTACHED' | 'MOVED' | 'ORPHANED';

export type Relocation = { state: 'ATTACHED' | 'MOVED'; anchor: Anchor } | { state: 'ORPHANED'; anchor: null };

export const CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Widens [start, end) so that neither edge falls between the two halves of a surrogate pair. */
export function widenToCodePoints(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  if (s > 0 && s < text.length && isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) s--;
  if (e > 0 && e < text.length && isHighSurrogate(text.charCodeAt(e - 1)) && isLowSurrogate(text.charCodeAt(e))) e++;
  return [s, e];
}

/**
 * Builds an anchor for `block.text.slice(start, end)`, with up to CONTEXT_LENGTH characters of context
 * on each side, never reaching into another block. Context is widened by one code unit rather than cut
 * through an emoji, so a prefix shorter than CONTEXT_LENGTH always means the passage starts its block
 * (and a short suffix that it ends it), which the matcher relies on.
 */
export function makeAnchor(block: TextBlock, start: number, end: number): Anchor {
  const text = block.text;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Anchor offsets must be integers, got [${start}, ${end})`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(
      `Anchor [${start}, ${end}) is not a non-empty range of block ${block.id} (length ${text.length})`,
    );
  }
  const [prefixStart] = widenToCodePoints(text, Math.max(0, start - CONTEXT_LENGTH), start);
  const [, suffixEnd] = widenToCodePoints(text, end, Math.min(text.length, end + CONTEXT_LENGTH));
  return {
    blockId: block.id,
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
