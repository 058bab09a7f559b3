import { selectionInBlock } from '../../components/reader/text-offsets';

/** What an opinion is about: a passage of one block (the API's AnchorInput), or null for the whole text. */
export interface ChosenPassage {
  blockId: string;
  start: number;
  end: number;
  quote: string;
}

/**
 * The passage the document's selection covers inside `root`, or 'cross' when it runs over more
 * than one block, or null when nothing there is selected. Offsets count the block's text alone
 * (text-offsets.ts), as the signed-in reader's do, so the anchor means the same to the server.
 */
export function selectedPassage(
  root: HTMLElement,
  textOf: (blockId: string) => string | undefined,
): ChosenPassage | 'cross' | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const found = selectionInBlock(range);
  if (!found) return 'cross';
  const text = textOf(found.blockId);
  if (text === undefined) return null;
  return { blockId: found.blockId, start: found.start, end: found.end, quote: text.slice(found.start, found.end) };
}

/** The whole text of a block as a passage. */
export function wholeBlock(block: { id: string; text: string }): ChosenPassage {
  return { blockId: block.id, start: 0, end: block.text.length, quote: block.text };
}
