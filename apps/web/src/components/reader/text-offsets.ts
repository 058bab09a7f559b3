/** The element whose text content is exactly a block's `text`; highlights are spans inside it. */
export const BLOCK_TEXT_ATTR = 'data-block-text';

export function blockTextRoot(node: Node | null): HTMLElement | null {
  const element = node === null ? null : node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return (element?.closest(`[${BLOCK_TEXT_ATTR}]`) as HTMLElement | null) ?? null;
}

/**
 * The character offset of a DOM position (node, offset) within `root`'s text: the length of the
 * text from the start of `root` to that position. Counting through a Range keeps it right however
 * highlight spans have split the text into nodes.
 */
export function textOffset(root: Node, node: Node, offset: number): number {
  const range = (root.ownerDocument ?? document).createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

export interface BlockSelection {
  blockId: string;
  start: number;
  end: number;
  root: HTMLElement;
}

/**
 * Where a selection lies in one block's text, or null when it is empty or spans blocks. A
 * selection that runs to the very start of the next block (a triple click does that) is cut at
 * the end of the first.
 */
export function selectionInBlock(range: Range): BlockSelection | null {
  if (range.collapsed) return null;
  const root = blockTextRoot(range.startContainer);
  if (!root) return null;
  const blockId = root.getAttribute(BLOCK_TEXT_ATTR);
  if (!blockId) return null;
  const start = textOffset(root, range.startContainer, range.startOffset);
  const length = root.textContent?.length ?? 0;
  let end: number;
  if (blockTextRoot(range.endContainer) === root) {
    end = textOffset(root, range.endContainer, range.endOffset);
  } else {
    // The end is outside this block: accept it only if no text beyond this block is selected.
    if (
      range
        .toString()
        .slice(length - start)
        .trim() !== ''
    )
      return null;
    end = length;
  }
  if (end <= start) return null;
  return { blockId, start, end, root };
}
