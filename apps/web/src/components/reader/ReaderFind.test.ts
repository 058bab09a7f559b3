import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { appGlobals } from '../../test-support/mount';
import { findMatches, firstIndexIn, stepIndex } from './find-matches';
import ReaderFind from './ReaderFind.vue';

// 120 paragraphs, of which the virtual list draws a dozen: find searches the text, not the page.
const blocks = Array.from({ length: 120 }, (_, i) => ({
  id: `b${i + 1}`,
  text: i === 7 || i === 96 || i === 110 ? `第${i + 1}段 提高防汛抗旱能力，防汛物资前置。` : `第${i + 1}段 一般内容。`,
}));

describe('find in a draft', () => {
  it('finds every occurrence in the blocks, in reading order, whatever the case', () => {
    const ms = findMatches([{ id: 'a', text: 'GIS 与 gis 平台' }, ...blocks], 'gis');
    expect(ms.slice(0, 2)).toEqual([
      { blockId: 'a', start: 0, end: 3 },
      { blockId: 'a', start: 6, end: 9 },
    ]);
    expect(findMatches(blocks, '防汛').map((m) => m.blockId)).toEqual(['b8', 'b8', 'b97', 'b97', 'b111', 'b111']);
    expect(firstIndexIn(findMatches(blocks, '防汛'), 'b97')).toBe(2);
    expect(stepIndex(5, 1, 6)).toBe(0);
    expect(stepIndex(0, -1, 6)).toBe(5);
  });

  it('counts n/m and asks the list to reveal each match in turn, starting in the block asked for', async () => {
    const wrapper = mount(ReaderFind, {
      props: { blocks, scroller: null, request: { query: '防汛物资', blockId: 'b97', seq: 1 } },
      global: appGlobals(),
    });
    await flushPromises();
    const count = () => wrapper.get('[data-testid="reader-find-count"]').text();
    expect(count()).toBe('2/3');
    expect(wrapper.emitted('reveal')?.at(-1)).toEqual(['b97']);

    await wrapper.get('[data-testid="reader-find-input"]').trigger('keydown', { key: 'Enter' });
    expect(count()).toBe('3/3');
    expect(wrapper.emitted('reveal')?.at(-1)).toEqual(['b111']);
    await wrapper.get('[data-testid="reader-find-input"]').trigger('keydown', { key: 'Enter' });
    expect(count()).toBe('1/3');
    expect(wrapper.emitted('reveal')?.at(-1)).toEqual(['b8']);
    await wrapper.get('[data-testid="reader-find-previous"]').trigger('click');
    expect(count()).toBe('3/3');

    await wrapper.get('[data-testid="reader-find-input"]').setValue('没有的词');
    expect(count()).toBe('无结果');
    await wrapper.get('[data-testid="reader-find-input"]').trigger('keydown', { key: 'Escape' });
    expect(wrapper.emitted('close')).toHaveLength(1);
  });
});
