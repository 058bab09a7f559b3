import { onScopeDispose, type Ref, shallowRef, watch } from 'vue';
import { selectionInBlock } from './text-offsets';

export interface PendingAnchor {
  blockId: string;
  start: number;
  end: number;
  /** where to show the "comment" button, in viewport coordinates */
  rect: { top: number; left: number; bottom: number; right: number };
}

/**
 * The passage a person has selected inside one block of `container`, or null. Follows the
 * document's selection (mouse, keyboard and touch alike); a selection across blocks is reported as
 * `crossBlock` so the page can say why there is no button.
 */
export function useBlockSelection(container: Readonly<Ref<HTMLElement | null>>) {
  const pending = shallowRef<PendingAnchor | null>(null);
  const crossBlock = shallowRef(false);
  let timer: ReturnType<typeof setTimeout> | null = null;

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

  document.addEventListener('selectionchange', onChange);
  // Scrolling moves the selection on screen: the button follows it.
  watch(container, (el, old) => {
    old?.removeEventListener('scroll', onChange);
    el?.addEventListener('scroll', onChange, { passive: true });
  });
  onScopeDispose(() => {
    container.value?.removeEventListener('scroll', onChange);
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
