import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import DraftBlock, { type ReaderBlock } from './DraftBlock.vue';
import type { Mark } from './segments';
import { selectionInBlock, textOffset } from './text-offsets';

const paragraph: ReaderBlock = {
  id: 'p-1',
  kind: 'PARAGRAPH',
  level: 0,
  text: '到2025年，应急管理科技支撑能力显著增强，装备现代化水平明显提升。',
};
const marks: Mark[] = [
  { threadId: 'a', start: 7, end: 15, status: 'OPEN' }, // 应急管理科技支撑
  { threadId: 'b', start: 11, end: 21, status: 'ADOPTED' }, // 科技支撑能力显著增强
];

function render(block: ReaderBlock, blockMarks: Mark[] = []) {
  const wrapper = mount(DraftBlock, { props: { block, marks: blockMarks }, attachTo: document.body });
  const root = wrapper.get('[data-testid="block-text"]').element as HTMLElement;
  return { wrapper, root };
}

/** The text nodes under an element, in order: where a person's selection can start or end. */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE && (n as Text).data.length) out.push(n as Text);
    for (const c of Array.from(n.childNodes)) walk(c);
  };
  walk(root);
  return out;
}

/** The DOM position of character `offset` of the block's text, found by walking the text nodes. */
function position(root: Node, offset: number): [Node, number] {
  let left = offset;
  for (const node of textNodes(root)) {
    if (left <= node.data.length) return [node, left];
    left -= node.data.length;
  }
  throw new Error(`offset ${offset} beyond the text`);
}

function rangeOver(root: Node, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(...position(root, start));
  range.setEnd(...position(root, end));
  return range;
}

describe('text offsets of a selection', () => {
  it('renders exactly the block text, however the highlights split it', () => {
    const { wrapper, root } = render(paragraph, marks);
    expect(root.textContent).toBe(paragraph.text);
    expect(wrapper.findAll('mark').length).toBe(3);
    expect(textNodes(root).length).toBeGreaterThan(3);
    wrapper.unmount();
  });

  it('counts from the start of the block, not of the text node the selection is in', () => {
    const { wrapper, root } = render(paragraph, marks);
    const [inside] = textNodes(root).filter((n) => n.parentElement?.tagName === 'MARK');
    expect(inside?.data).toBe('应急管理');
    expect(textOffset(root, inside as Text, 2)).toBe(9);
    wrapper.unmount();
  });

  it('gives start and end in the block text for a selection across highlight spans', () => {
    const { wrapper, root } = render(paragraph, marks);
    // from inside the plain run, through both overlapping highlights, into plain text again
    for (const [start, end] of [
      [2, 24],
      [7, 12],
      [10, 14],
      [0, paragraph.text.length],
    ] as const) {
      const selection = selectionInBlock(rangeOver(root, start, end));
      expect(selection).toMatchObject({ blockId: 'p-1', start, end });
      expect(paragraph.text.slice(start, end)).toBe(rangeOver(root, start, end).toString());
    }
    wrapper.unmount();
  });

  it('counts the hidden separators of a table, so offsets match its text', () => {
    const table: ReaderBlock = {
      id: 't-1',
      kind: 'TABLE',
      level: 0,
      text: '指标 | 2020年 | 2025年\n装备配备率 | 80% | 95%',
    };
    const { wrapper, root } = render(table, [{ threadId: 'x', start: 12, end: 20, status: 'OPEN' }]);
    expect(root.textContent).toBe(table.text);
    expect(wrapper.findAll('td').length).toBe(6);
    const start = table.text.indexOf('2025');
    const end = table.text.indexOf('80%') + 2;
    expect(selectionInBlock(rangeOver(root, start, end))).toMatchObject({ blockId: 't-1', start, end });
    wrapper.unmount();
  });

  it('refuses a selection that spans two blocks, but keeps one that just touches the next', () => {
    const first = render(paragraph);
    const second = render({ ...paragraph, id: 'p-2', text: '第二段文字。' });
    const across = document.createRange();
    across.setStart(...position(first.root, 5));
    across.setEnd(...position(second.root, 3));
    expect(selectionInBlock(across)).toBeNull();

    const tripleClick = document.createRange();
    tripleClick.setStart(...position(first.root, 0));
    tripleClick.setEnd(second.root, 0);
    expect(selectionInBlock(tripleClick)).toMatchObject({ blockId: 'p-1', start: 0, end: paragraph.text.length });
    first.wrapper.unmount();
    second.wrapper.unmount();
  });

  it('ignores an empty selection and one outside any block', () => {
    const { wrapper, root } = render(paragraph);
    expect(selectionInBlock(rangeOver(root, 4, 4))).toBeNull();
    const outside = document.createElement('p');
    outside.textContent = '页眉';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    expect(selectionInBlock(range)).toBeNull();
    outside.remove();
    wrapper.unmount();
  });
});
