import { nextTick, onBeforeUnmount, onMounted, type Ref, ref, type WatchSource, watch } from 'vue';
import { COMPACT_HEADER } from './use-media';

/** Set on <html> while the header takes two rows: styles.css gives --gb-header-height for it. */
const CROWDED_CLASS = 'gb-header-crowded';

/**
 * Whether the navigation's links no longer fit on the brand's row (English, a role with many
 * links, a laptop's width). The header then gives them a row of their own, as on a phone, rather
 * than hide some behind a sideways scroll. `links`: what changes them (the language, who is signed
 * in); they are measured again on one row after a change.
 */
export function useCrowdedNav(
  header: Ref<HTMLElement | null>,
  nav: Ref<HTMLElement | null>,
  links: WatchSource,
): Ref<boolean> {
  const crowded = ref(false);
  // The header's width from which the links fit on one row; known once they did not.
  let fitsFrom = 0;
  const measure = () => {
    const h = header.value;
    const n = nav.value;
    // A phone's header has two rows already (AppHeader.vue's styles).
    if (!h || !n || window.matchMedia(COMPACT_HEADER).matches) crowded.value = false;
    else if (crowded.value) crowded.value = h.clientWidth < fitsFrom;
    else if (n.scrollWidth - n.clientWidth > 1) {
      fitsFrom = h.clientWidth + n.scrollWidth - n.clientWidth;
      crowded.value = true;
    }
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
  onMounted(() => {
    for (const el of [header.value, nav.value]) if (el) observer?.observe(el);
    measure();
  });
  watch(links, async () => {
    crowded.value = false;
    await nextTick();
    measure();
  });
  watch(crowded, (on) => document.documentElement.classList.toggle(CROWDED_CLASS, on));
  onBeforeUnmount(() => {
    observer?.disconnect();
    document.documentElement.classList.remove(CROWDED_CLASS);
  });
  return crowded;
}
