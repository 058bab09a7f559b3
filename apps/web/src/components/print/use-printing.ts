import { onBeforeUnmount, type Ref, ref } from 'vue';

/**
 * Whether the page is being printed: from `beforeprint` (Ctrl+P, the print dialog) to `afterprint`,
 * or while the print medium applies (a headless browser's PDF, an emulated print medium). Vue
 * applies the change in the microtask that follows the event, before the browser lays the pages out.
 */
export function usePrinting(): Ref<boolean> {
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
  const printing = ref(media?.matches ?? false);
  const start = () => {
    printing.value = true;
  };
  const end = () => {
    printing.value = media?.matches ?? false;
  };
  const onMedia = (event: MediaQueryListEvent) => {
    printing.value = event.matches;
  };
  window.addEventListener('beforeprint', start);
  window.addEventListener('afterprint', end);
  media?.addEventListener('change', onMedia);
  onBeforeUnmount(() => {
    window.removeEventListener('beforeprint', start);
    window.removeEventListener('afterprint', end);
    media?.removeEventListener('change', onMedia);
  });
  return printing;
}
