import { onBeforeUnmount, type Ref, ref } from 'vue';

/** Whether a CSS media query matches, kept current as the window is resized or turned. */
export function useMedia(query: string): Ref<boolean> {
  const media =
    typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
  const matches = ref(media?.matches ?? false);
  const onChange = (event: MediaQueryListEvent) => {
    matches.value = event.matches;
  };
  media?.addEventListener('change', onChange);
  onBeforeUnmount(() => media?.removeEventListener('change', onChange));
  return matches;
}

/** The width below which the header folds its controls into one menu (phones, narrow windows). */
export const COMPACT_HEADER = '(max-width: 720px)';
