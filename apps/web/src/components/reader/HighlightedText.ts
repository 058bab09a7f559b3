import { defineComponent, h, type PropType, type VNode } from 'vue';
import type { Segment } from './segments';

/** A run's text in the source's bold and italic: elements around the text, which stays one text node. */
function styled(s: Segment): VNode | string {
  const italic = s.italic ? h('em', s.text) : s.text;
  return s.bold ? h('strong', [italic]) : italic;
}

/**
 * The runs of a block's text, marked runs as <mark> elements. A render function rather than a
 * template, so the element's text is exactly the runs' text: not one stray whitespace node, which
 * would shift every offset computed from a selection.
 */
export default defineComponent({
  name: 'HighlightedText',
  props: {
    segments: { type: Array as PropType<readonly Segment[]>, required: true },
    activeThreadId: { type: String as PropType<string | null>, default: null },
    hoverThreadId: { type: String as PropType<string | null>, default: null },
    fresh: { type: Object as PropType<ReadonlySet<string> | null>, default: null },
  },
  setup(props) {
    return () =>
      props.segments.map((s): VNode | string => {
        const top = s.marks[0];
        if (!top) return styled(s);
        const ids = s.marks.map((m) => m.threadId);
        return h(
          'mark',
          {
            key: s.start,
            class: [
              'hl',
              `hl--${top.status}`,
              {
                'is-active': props.activeThreadId !== null && ids.includes(props.activeThreadId),
                'is-hover': props.hoverThreadId !== null && ids.includes(props.hoverThreadId),
                'is-fresh': props.fresh !== null && ids.some((id) => props.fresh?.has(id)),
              },
            ],
            'data-testid': 'highlight',
            'data-thread-id': top.threadId,
            'data-thread-ids': ids.join(' '),
            'data-depth': String(Math.min(ids.length, 3)),
          },
          [styled(s)],
        );
      });
  },
});
