import { computed, onScopeDispose, provide, type Ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  extendSelection,
  extensionOf,
  focusedPassage,
  moveFocus,
  PASSAGE_FOCUS,
  selectionWithin,
  selectWhole,
} from './passage-keys';
import { selectionInBlock } from './text-offsets';

export interface PendingAnchor {
  blockId: string;
  start: number;
  end: number;
  /** where to show the "comment" button, in viewport coordinates */
  rect: { top: number; left: number; bottom: number; right: number };
}

/** Gives the blocks below their roving tab stop (`chosen`, else the first) and their names. */
function providePassageFocus(chosen: Readonly<Ref<string | null>>, blocks: () => readonly { id: string }[]) {
  const { t } = useI18n();
  const places = computed(() => new Map(blocks().map((b, i) => [b.id, i + 1])));
  provide(PASSAGE_FOCUS, {
    current: computed(() =>
      chosen.value !== null && places.value.has(chosen.value) ? chosen.value : (blocks()[0]?.id ?? null),
    ),
    name(blockId) {
      const n = places.value.get(blockId);
      return n === undefined ? null : t('a11y.passage', { n, total: places.value.size });
    },
  });
}

export interface BlockSelectionOptions {
  /** the reader's blocks, in order: their places name the passages for assistive technology */
  blocks: () => readonly { id: string }[];
  /** asked to comment on the selection (Enter or Space on a focused passage) */
  onCommit: () => void;
}

/**
 * The passage a person has selected inside one block of `container`, or null. Follows the
 * document's selection (mouse, keyboard and touch alike); a selection across blocks is reported as
 * `crossBlock` so the page can say why there is no button.
 *
 * From the keyboard (issue 13: "passage selection needs a mouse"): the passages are one tab stop,
 * the arrow keys move between them, Shift with the arrow keys selects part of the focused one, and
 * Enter or Space comments on that part, or on the whole passage when nothing is selected in it.
 */
export function useBlockSelection(container: Readonly<Ref<HTMLElement | null>>, options?: BlockSelectionOptions) {
  const pending = shallowRef<PendingAnchor | null>(null);
  const crossBlock = shallowRef(false);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const chosen = shallowRef<string | null>(null);
  if (options) providePassageFocus(chosen, options.blocks);

  function read() {
    timer = null;
    const selection = window.getSelection();
    const root = container.value;
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !root) {
      pending.value = null;
      crossBlock.value = false;
      return;
    }
    const range = selection.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) {
      pending.value = null;
      crossBlock.value = false;
      return;
    }
    const found = selectionInBlock(range);
    crossBlock.value = found === null;
    if (!found) {
      pending.value = null;
      return;
    }
    const r = range.getBoundingClientRect();
    pending.value = {
      blockId: found.blockId,
      start: found.start,
      end: found.end,
      rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right },
    };
  }

  function onChange() {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(read, 120);
  }

  function onFocusIn(event: FocusEvent) {
    const block = focusedPassage(event.target);
    if (block?.dataset.blockId) chosen.value = block.dataset.blockId;
  }

  function onKey(event: KeyboardEvent) {
    const block = focusedPassage(event.target);
    const root = container.value;
    if (!block || !root || !options) return;
    const extension = extensionOf(event);
    if (extension) {
      event.preventDefault();
      extendSelection(block, extension.forward, extension.by);
      return;
    }
    if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void moveFocus(root, block, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (!selectionWithin(block)) selectWhole(block);
      if (timer !== null) clearTimeout(timer);
      read();
      if (pending.value) options.onCommit();
    } else if (event.key === 'Tab' && pending.value?.blockId === block.dataset.blockId) {
      // The comment button floats beside the selection, far from here in the tab order: Tab goes to it.
      const action = document.querySelector<HTMLElement>('[data-selection-action] button');
      if (action) {
        event.preventDefault();
        action.focus();
      }
    } else if (event.key === 'Escape' && selectionWithin(block)) {
      window.getSelection()?.removeAllRanges();
    }
  }

  document.addEventListener('selectionchange', onChange);
  // Scrolling moves the selection on screen: the button follows it.
  watch(container, (el, old) => {
    old?.removeEventListener('scroll', onChange);
    old?.removeEventListener('keydown', onKey);
    old?.removeEventListener('focusin', onFocusIn);
    el?.addEventListener('scroll', onChange, { passive: true });
    el?.addEventListener('keydown', onKey);
    el?.addEventListener('focusin', onFocusIn);
  });
  onScopeDispose(() => {
    container.value?.removeEventListener('scroll', onChange);
    container.value?.removeEventListener('keydown', onKey);
    container.value?.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('selectionchange', onChange);
    if (timer !== null) clearTimeout(timer);
  });

  return {
    pending,
    crossBlock,
    /** re-reads the selection, e.g. after scrolling moved it */
    refresh: onChange,
    clear() {
      pending.value = null;
      crossBlock.value = false;
      window.getSelection()?.removeAllRanges();
    },
  };
}
