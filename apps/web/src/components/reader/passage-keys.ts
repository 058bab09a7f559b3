import { type InjectionKey, inject, type Ref } from 'vue';
import { BLOCK_TEXT_ATTR, selectionInBlock } from './text-offsets';

/**
 * The reader's one tab stop among its passages (a roving tabindex): Tab reaches the passage last
 * focused, else the first; the arrow keys move between passages. Given by useBlockSelection to the
 * blocks (their tabindex and accessible name) and to the virtual list (which keeps that passage
 * drawn however far the text scrolls, so keyboard focus is never dropped with its row).
 */
export interface PassageFocus {
  current: Readonly<Ref<string | null>>;
  /** the passage's accessible name ("第 3 段，共 112 段"), or null for a block the reader lacks */
  name(blockId: string): string | null;
}

export const PASSAGE_FOCUS: InjectionKey<PassageFocus> = Symbol('passage-focus');
/** The id of the hidden text that tells how to select a passage from the keyboard. */
export const PASSAGE_KEYS_ID = 'gb-passage-keys';

export const usePassageFocus = (): PassageFocus | null => inject(PASSAGE_FOCUS, null);

const BLOCK = '[data-block-id][tabindex]';

/** The passage element that holds the keyboard focus itself (not a control inside it), or null. */
export function focusedPassage(target: EventTarget | null): HTMLElement | null {
  return target instanceof HTMLElement && target.matches(BLOCK) ? target : null;
}

const textOf = (block: HTMLElement) => block.querySelector<HTMLElement>(`[${BLOCK_TEXT_ATTR}]`);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * Focuses the passage `step` rows away. The neighbour may not be drawn yet (the focused passage is
 * kept drawn while the list scrolled elsewhere): bring the focused one into view first, so the
 * virtual list draws its neighbours.
 */
export async function moveFocus(scroller: HTMLElement, block: HTMLElement, step: number): Promise<void> {
  const row = block.closest<HTMLElement>('[data-index]');
  if (!row) return;
  const find = () => scroller.querySelector<HTMLElement>(`[data-index="${Number(row.dataset.index) + step}"] ${BLOCK}`);
  let next = find();
  for (let i = 0; !next && i < 4; i++) {
    block.scrollIntoView({ block: 'nearest' });
    await nextFrame();
    next = find();
  }
  next?.focus();
}

/** Whether the document's selection lies within `block`'s text (and is not empty). */
export function selectionWithin(block: HTMLElement): boolean {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const found = selectionInBlock(selection.getRangeAt(0));
  return found !== null && found.blockId === block.dataset.blockId;
}

/** Selects the whole text of `block` (its label and other furniture left out). */
export function selectWhole(block: HTMLElement): void {
  const text = textOf(block);
  const selection = window.getSelection();
  if (!text || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(text);
  selection.removeAllRanges();
  selection.addRange(range);
}

type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

/** The selection extension a Shift+key asks for, or null: the keys of a text editor. */
export function extensionOf(event: KeyboardEvent): { forward: boolean; by: Granularity } | null {
  if (!event.shiftKey || event.altKey || event.metaKey) return null;
  const word = event.ctrlKey;
  switch (event.key) {
    case 'ArrowRight':
      return { forward: true, by: word ? 'word' : 'character' };
    case 'ArrowLeft':
      return { forward: false, by: word ? 'word' : 'character' };
    case 'ArrowDown':
      return word ? null : { forward: true, by: 'line' };
    case 'ArrowUp':
      return word ? null : { forward: false, by: 'line' };
    case 'End':
      return { forward: true, by: 'lineboundary' };
    case 'Home':
      return { forward: false, by: 'lineboundary' };
    default:
      return null;
  }
}

/**
 * Extends the selection within `block`'s text as a text editor's Shift+arrow would. A passage has
 * no caret (it is not editable): a selection that is not yet in this passage starts at the edge of
 * its text the key moves away from.
 */
export function extendSelection(block: HTMLElement, forward: boolean, by: Granularity): void {
  const text = textOf(block);
  const selection = window.getSelection();
  if (!text || !selection) return;
  if (selection.rangeCount === 0 || !selection.anchorNode || !text.contains(selection.anchorNode)) {
    const range = document.createRange();
    range.selectNodeContents(text);
    range.collapse(forward);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  selection.modify('extend', forward ? 'forward' : 'backward', by);
}
