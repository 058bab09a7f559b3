import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import DraftBlock, { type ReaderBlock } from './DraftBlock.vue';
import type { Mark } from './segments';
import { selectionInBlock } from './text-offsets';

const ITEM: ReaderBlock = {
  id: 'b7',
  kind: 'LIST_ITEM',
  level: 2,
  label: '（一）',
  text: '坚持人民至上，生命至上。',
  marks: [{ start: 2, end: 6, bold: true, italic: false }],
};

const render = (block: ReaderBlock, marks: Mark[] = []) =>
  mount(DraftBlock, { props: { block, marks }, attachTo: document.body });

describe('DraftBlock', () => {
  it('shows the label Word drew before a list item, outside the text passages are anchored to', () => {
    const wrapper = render(ITEM);
    expect(wrapper.get('[data-testid="block-label"]').text()).toBe('（一）');
    expect(wrapper.get('[data-testid="block-text"]').text()).toBe('坚持人民至上，生命至上。');
    wrapper.unmount();
  });

  it('draws bold runs in <strong>, and a selection over them still counts offsets in the text', () => {
    const wrapper = render(ITEM);
    expect(wrapper.findAll('strong').map((s) => s.text())).toEqual(['人民至上']);
    const root = wrapper.get('[data-testid="block-text"]').element;
    const strong = wrapper.get('strong').element.firstChild as Text;
    const range = document.createRange();
    range.setStart(strong, 0);
    range.setEnd(strong, 4);
    expect(selectionInBlock(range)).toMatchObject({ blockId: 'b7', start: 2, end: 6 });
    expect(root.textContent).toBe(ITEM.text);
    wrapper.unmount();
  });

  it('keeps a bold run bold where a passage highlight covers part of it', () => {
    const wrapper = render(ITEM, [{ threadId: 't1', start: 4, end: 9, status: 'OPEN' }]);
    // The style's edge splits the passage into two runs of the same thread.
    const runs = wrapper.findAll('[data-testid="highlight"]');
    expect(runs.map((run) => [run.text(), run.attributes('data-thread-id')])).toEqual([
      ['至上', 't1'],
      ['，生命', 't1'],
    ]);
    expect(runs[0]?.find('strong').text()).toBe('至上');
    expect(wrapper.findAll('strong').map((s) => s.text())).toEqual(['人民', '至上']);
    wrapper.unmount();
  });

  it('puts the document title a level above Heading 1, under the page title', () => {
    const title = render({ id: 'b1', kind: 'HEADING', level: 0, text: '浙江省应急管理“十四五”规划' });
    const chapter = render({ id: 'b2', kind: 'HEADING', level: 1, text: '第一章 总体要求' });
    expect(title.get('[data-testid="block-text"]').element.tagName).toBe('H2');
    expect(chapter.get('[data-testid="block-text"]').element.tagName).toBe('H3');
    title.unmount();
    chapter.unmount();
  });
});
