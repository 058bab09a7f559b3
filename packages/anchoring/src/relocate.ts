import { alignBlocks } from './align.js';
import {
  type Anchor,
  CONTEXT_LENGTH,
  makeAnchor,
  type Relocation,
  type TextBlock,
  widenToCodePoints,
} from './anchor.js';
import { findBestMatch, type SearchBlock, type Target } from './match.js';
import { normalize, toNormalizedIndex } from './normalize.js';

const ORPHANED: Relocation = { state: 'ORPHANED', anchor: null };

interface OldBlock extends SearchBlock {
  text: string;
  /** The new block this one became: paired by alignment, or else the nearest new block with equal text. */
  home: number | null;
  unchanged: boolean;
}

/**
 * Prepares two versions once, for relocating many anchors: a new draft carries all of its open threads
 * over, and the alignment and normalisation are the same for each of them.
 */
export function createRelocator(oldBlocks: TextBlock[], newBlocks: TextBlock[]): (anchor: Anchor) => Relocation {
  const olds = usable(oldBlocks);
  const news = usable(newBlocks);
  const newSearch = joined(news);
  const oldSearch = joined(olds);
  const oldIndexById = new Map<string, number>();
  olds.forEach((block, i) => {
    if (!oldIndexById.has(block.id)) oldIndexById.set(block.id, i);
  });

  const homes = new Map<number, { newIndex: number; unchanged: boolean }>();
  for (const pairing of alignBlocks(olds, news)) {
    if (pairing.kind === 'UNCHANGED' || pairing.kind === 'CHANGED') {
      homes.set(pairing.oldIndex, { newIndex: pairing.newIndex, unchanged: pairing.kind === 'UNCHANGED' });
    }
  }
  const newIndexesByText = new Map<string, number[]>();
  news.forEach((block, k) => {
    const same = newIndexesByText.get(block.text);
    if (same) same.push(k);
    else newIndexesByText.set(block.text, [k]);
  });
  const oldInfo: OldBlock[] = olds.map((block, i) => {
    const paired = homes.get(i);
    const search = oldSearch.blocks[i] as SearchBlock;
    return {
      ...search,
      text: block.text,
      home: paired ? paired.newIndex : nearest(newIndexesByText.get(block.text) ?? [], i),
      unchanged: paired?.unchanged ?? false,
    };
  });

  return (anchor) => {
    const quote = typeof anchor?.quote === 'string' ? anchor.quote : '';
    if (quote.length === 0) return ORPHANED;
    const start = integer(anchor.start);
    const end = integer(anchor.end);
    const oldIndex = typeof anchor.blockId === 'string' ? oldIndexById.get(anchor.blockId) : undefined;
    const old = oldIndex === undefined ? undefined : oldInfo[oldIndex];

    // The common case, and the only one that is ATTACHED: the block came through unchanged and in order.
    const unchangedHome = old?.unchanged && old.home !== null ? news[old.home] : undefined;
    const verified = old !== undefined && start >= 0 && end <= old.text.length && old.text.slice(start, end) === quote;
    if (unchangedHome && verified) {
      return { state: 'ATTACHED', anchor: makeAnchor(unchangedHome, start, end) };
    }

    // The old block's own text is the surer context; stored context stands in when offsets have drifted.
    const context = verified && oldIndex !== undefined ? makeAnchor(olds[oldIndex] as TextBlock, start, end) : anchor;
    const target = describe(context, quote, start, old, newSearch, oldSearch.length);
    const match = findBestMatch(target, newSearch.blocks, newSearch.length);
    const block = match ? news[match.block] : undefined;
    const norm = match ? newSearch.blocks[match.block]?.norm : undefined;
    if (!match || !block || !norm) return ORPHANED;
    const [s, e] = widenToCodePoints(
      block.text,
      norm.toOriginal[match.start] ?? block.text.length,
      norm.toOriginal[match.end] ?? block.text.length,
    );
    if (!(s >= 0 && s < e && e <= block.text.length)) return ORPHANED;
    const relocated = makeAnchor(block, s, e);
    const inPlace =
      unchangedHome !== undefined && old?.home === match.block && s === start && e === end && relocated.quote === quote;
    return { state: inPlace ? 'ATTACHED' : 'MOVED', anchor: relocated };
  };
}

/** Where the passage went in the new version; see createRelocator to relocate many anchors. */
export function relocate(anchor: Anchor, oldBlocks: TextBlock[], newBlocks: TextBlock[]): Relocation {
  return createRelocator(oldBlocks, newBlocks)(anchor);
}

function describe(
  context: Pick<Anchor, 'prefix' | 'suffix'>,
  quote: string,
  start: number,
  old: OldBlock | undefined,
  draft: { blocks: SearchBlock[]; length: number },
  oldLength: number,
): Target {
  const prefix = typeof context.prefix === 'string' ? context.prefix : '';
  const suffix = typeof context.suffix === 'string' ? context.suffix : '';
  const normPrefix = normalize(prefix).text;
  const normSuffix = normalize(suffix).text;
  let hint: number | null = null;
  if (old) {
    const startInOld = toNormalizedIndex(old.norm, Math.min(Math.max(0, start), old.text.length));
    const home = old.home === null ? undefined : draft.blocks[old.home];
    hint = home
      ? home.offset + Math.min(startInOld, home.norm.text.length)
      : Math.round(((old.offset + startInOld) / Math.max(1, oldLength)) * draft.length);
  }
  return {
    quote: normalize(quote).text,
    // makeAnchor stores CONTEXT_LENGTH characters unless the block ended first.
    prefix: normPrefix.slice(Math.max(0, normPrefix.length - CONTEXT_LENGTH)),
    suffix: normSuffix.slice(0, CONTEXT_LENGTH),
    prefixAtBlockStart: prefix.length < CONTEXT_LENGTH,
    suffixAtBlockEnd: suffix.length < CONTEXT_LENGTH,
    hint,
    home: old?.home ?? null,
  };
}

function usable(blocks: TextBlock[]): TextBlock[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.filter((b): b is TextBlock => typeof b?.text === 'string' && typeof b.id === 'string');
}

function joined(blocks: TextBlock[]): { blocks: SearchBlock[]; length: number } {
  let offset = 0;
  const prepared = blocks.map((block) => {
    const norm = normalize(block.text);
    const search = { norm, offset };
    offset += norm.text.length + 1;
    return search;
  });
  return { blocks: prepared, length: Math.max(0, offset - 1) };
}

function nearest(candidates: number[], index: number): number | null {
  let best: number | null = null;
  for (const k of candidates) if (best === null || Math.abs(k - index) < Math.abs(best - index)) best = k;
  return best;
}

function integer(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : -1;
}
