import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { loadWhen } from './load-when';

const Dialog = defineComponent({
  props: { open: { type: Boolean, required: true }, title: { type: String, required: true } },
  emits: ['close'],
  setup:
    (props, { emit }) =>
    () =>
      props.open ? h('button', { class: 'dialog', onClick: () => emit('close') }, props.title) : null,
});

/** Waits until the dynamic import has come back and the async component has rendered. */
async function settle() {
  for (let i = 0; i < 5; i++) {
    await flushPromises();
    await nextTick();
  }
}

describe('loadWhen', () => {
  it('fetches a dialog only when it is first opened, then keeps it, with its props and events', async () => {
    const load = vi.fn(async () => ({ default: Dialog }));
    const Lazy = loadWhen(load, (attrs) => attrs.open === true);
    const open = ref(false);
    const closed = vi.fn();
    const wrapper = mount(
      defineComponent({
        setup: () => () => h(Lazy, { open: open.value, title: '发布新版本', onClose: closed }),
      }),
    );
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(wrapper.find('.dialog').exists()).toBe(false);

    open.value = true;
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    await wrapper.get('.dialog').trigger('click');
    expect(wrapper.get('.dialog').text()).toBe('发布新版本');
    expect(closed).toHaveBeenCalledTimes(1);

    // Closed and opened again: the same component, not fetched a second time.
    open.value = false;
    await settle();
    expect(wrapper.find('.dialog').exists()).toBe(false);
    open.value = true;
    await settle();
    expect(wrapper.find('.dialog').exists()).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
