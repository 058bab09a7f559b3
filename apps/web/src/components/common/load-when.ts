import { type Component, defineAsyncComponent, defineComponent, h } from 'vue';

/**
 * `component`, loaded the first time `needed(attrs)` holds and rendered with everything it is
 * given from then on; nothing before. For dialogs that sit in a page's template from the start
 * but open only when asked: their code (and Element Plus's dialog, form and input parts) stays
 * out of the page's first load.
 */
export function loadWhen<T extends Component>(
  component: () => Promise<{ default: T }>,
  needed: (attrs: Record<string, unknown>) => boolean,
): T {
  const Loaded = defineAsyncComponent(async () => (await component()).default);
  return defineComponent({
    inheritAttrs: false,
    setup(_, { attrs, slots }) {
      // Not reactive: once needed, always rendered (a closing dialog keeps its state and animation).
      let wanted = false;
      return () => {
        wanted ||= needed(attrs);
        return wanted ? h(Loaded, attrs, slots) : null;
      };
    },
  }) as unknown as T;
}
