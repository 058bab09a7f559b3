import { computed, onBeforeUnmount, ref } from 'vue';

/** Wide enough for the text and a column of opinions beside it. */
export const MARGIN_MEDIA = '(min-width: 1280px)';
const STORED = 'gb.reader.threads';

export type ThreadsView = 'margin' | 'panel';

function stored(): ThreadsView {
  try {
    return localStorage.getItem(STORED) === 'margin' ? 'margin' : 'panel';
  } catch {
    return 'panel';
  }
}

/**
 * Where the reader shows its opinions: beside their passages (the margin view, on wide screens
 * only) or in the side panel. The choice is remembered in this browser; narrower screens always
 * have the panel. The panel is the default: it carries the filters, the orphans and the whole-draft
 * opinions the margin has no place for.
 */
export function useThreadsView() {
  const media =
    typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(MARGIN_MEDIA) : null;
  const wide = ref(media?.matches ?? false);
  const onMedia = (event: MediaQueryListEvent) => {
    wide.value = event.matches;
  };
  media?.addEventListener('change', onMedia);
  onBeforeUnmount(() => media?.removeEventListener('change', onMedia));

  const chosen = ref<ThreadsView>(stored());
  // A thread the margin cannot show (on the whole draft, or orphaned) opens the panel for now,
  // without changing the remembered choice.
  const panelForNow = ref(false);
  const margin = computed(() => wide.value && chosen.value === 'margin' && !panelForNow.value);

  return {
    wide,
    margin,
    toggle() {
      chosen.value = margin.value ? 'panel' : 'margin';
      panelForNow.value = false;
      try {
        localStorage.setItem(STORED, chosen.value);
      } catch {
        // Storage refused (private mode): the choice holds for this visit.
      }
    },
    showPanel() {
      if (margin.value) panelForNow.value = true;
    },
  };
}
