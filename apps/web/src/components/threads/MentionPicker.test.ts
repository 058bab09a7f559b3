import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { computed } from 'vue';
import { appGlobals, recordingApollo } from '../../test-support/mount';
import ReplyBox from './ReplyBox.vue';
import { ReaderContextKey } from './reader-context';

const person = (id: string, name: string, unit: string) => ({
  __typename: 'Person' as const,
  id,
  name,
  unit: { __typename: 'Unit' as const, id: `u-${id}`, name: unit, shortName: unit },
});
const PEOPLE = [
  person('p-viewer', '李华', '科信处'),
  person('p1', '李明', '规财处'),
  person('p2', '李晓东', '救援处'),
  person('p3', '王芳', '规财处'),
];

async function mountReply() {
  const apollo = recordingApollo((op) => {
    if (op.operationName !== 'MentionPeople') throw new Error(`unexpected ${op.operationName}`);
    return { programs: [{ __typename: 'Program', id: 'prog', people: PEOPLE }] };
  });
  const globals = appGlobals({ apollo: apollo.client });
  const wrapper = mount(ReplyBox, {
    props: { threadId: 't1' },
    attachTo: document.body,
    global: {
      ...globals,
      provide: {
        ...globals.provide,
        [ReaderContextKey as symbol]: {
          viewer: computed(() => ({ id: 'p-viewer', role: 'WORKING_GROUP' as const, unit: null })),
          upsert: () => {},
          upsertComment: () => {},
          openDispose: () => {},
        },
      },
    },
  });
  // The picker finds the box once the reply's template refs are in.
  await flushPromises();
  return { wrapper, operations: apollo.operations };
}

/** Types `text` at the end of the box, as a person would (the caret after it, an input event). */
async function type(box: HTMLTextAreaElement, text: string) {
  box.focus();
  box.value += text;
  box.setSelectionRange(box.value.length, box.value.length);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  // Apollo answers after a turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await flushPromises();
}
async function press(box: HTMLTextAreaElement, key: string) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  box.dispatchEvent(event);
  await flushPromises();
  return event.defaultPrevented;
}
const options = () => [...document.querySelectorAll('[data-testid="mention-option"]')];
const names = () => options().map((el) => el.querySelector('.name')?.textContent);
const chosen = () => document.querySelector('[data-testid="mention-option"][aria-selected="true"] .name')?.textContent;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the @ picker in a reply', () => {
  it('asks for the people only once an @ is typed, and leaves the viewer out', async () => {
    const { wrapper, operations } = await mountReply();
    const box = wrapper.find('textarea').element as HTMLTextAreaElement;
    await type(box, '同意');
    expect(operations).toHaveLength(0);
    await type(box, '@');
    expect(operations.map((o) => o.operationName)).toEqual(['MentionPeople']);
    expect(names()).toEqual(['李明', '李晓东', '王芳']);
    wrapper.unmount();
  });

  it('narrows as you type, moves with the arrows, and Enter puts the name in', async () => {
    const { wrapper } = await mountReply();
    const box = wrapper.find('textarea').element as HTMLTextAreaElement;
    await type(box, '请@李');
    expect(names()).toEqual(['李明', '李晓东']);
    expect(chosen()).toBe('李明');
    expect(await press(box, 'ArrowDown')).toBe(true);
    expect(chosen()).toBe('李晓东');
    await press(box, 'ArrowDown');
    expect(chosen()).toBe('李明');
    await press(box, 'ArrowUp');
    expect(chosen()).toBe('李晓东');
    expect(await press(box, 'Enter')).toBe(true);
    expect(box.value).toBe('请@李晓东 ');
    expect(options()).toHaveLength(0);
    wrapper.unmount();
  });

  it('finds people by unit, and Escape closes the list leaving the text as typed', async () => {
    const { wrapper } = await mountReply();
    const box = wrapper.find('textarea').element as HTMLTextAreaElement;
    await type(box, '@规财');
    expect(names()).toEqual(['李明', '王芳']);
    expect(await press(box, 'Escape')).toBe(true);
    expect(options()).toHaveLength(0);
    expect(box.value).toBe('@规财');
    // with the list closed, Enter is the box's own again
    expect(await press(box, 'Enter')).toBe(false);
    wrapper.unmount();
  });
});
