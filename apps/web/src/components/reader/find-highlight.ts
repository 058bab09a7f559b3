import type { FindMatch } from './find-matches';
import { BLOCK_TEXT_ATTR } from './text-offsets';

/**
 * Paints the find matches on the rows the virtual list has drawn, with the CSS Custom Highlight
 * API: ranges over the text, no elements added, so the block's DOM (and every offset the
 * selection code computes from it) stays as the reader drew it. Browsers without the API find
 * and scroll, without the paint.
 */
export const FIND_HIGHLIGHT = 'gb-find';
export const FIND_CURRENT = 'gb-find-current';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
const registry = (): HighlightRegistry | null =>
  (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights ?? null;
const HighlightClass = (): (new (...ranges: Range[]) => unknown) | null =>
  (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight ?? null;

/** The DOM range of [start, end) in a block's text root, walking its text nodes. */
export function rangeIn(root: Element, start: number, end: number): Range | null {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = root.ownerDocument.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

/** Paints `matches` drawn inside `container`, the current one apart; returns the current one's range if drawn. */
export function paintMatches(
  container: HTMLElement,
  matches: readonly FindMatch[],
  current: FindMatch | null,
): Range | null {
  const byBlock = new Map<string, FindMatch[]>();
  for (const m of matches) byBlock.set(m.blockId, [...(byBlock.get(m.blockId) ?? []), m]);
  const others: Range[] = [];
  let currentRange: Range | null = null;
  for (const root of container.querySelectorAll(`[${BLOCK_TEXT_ATTR}]`)) {
    const list = byBlock.get(root.getAttribute(BLOCK_TEXT_ATTR) ?? '');
    for (const m of list ?? []) {
      const range = rangeIn(root, m.start, m.end);
      if (!range) continue;
      if (m === current) currentRange = range;
      else others.push(range);
    }
  }
  const highlights = registry();
  const Highlight = HighlightClass();
  if (highlights && Highlight) {
    highlights.set(FIND_HIGHLIGHT, new Highlight(...others));
    if (currentRange) highlights.set(FIND_CURRENT, new Highlight(currentRange));
    else highlights.delete(FIND_CURRENT);
  }
  return currentRange;
}

export function clearMatches(): void {
  registry()?.delete(FIND_HIGHLIGHT);
  registry()?.delete(FIND_CURRENT);
}
