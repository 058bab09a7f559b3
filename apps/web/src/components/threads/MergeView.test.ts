import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { appGlobals } from '../../test-support/mount';
import MergeView from './MergeView.vue';
import { mergeTexts } from './merge';

const base = '建议把目标定为全面建成。';
const theirs = '建议把目标定为率先建成。';
const mine = '建议把目标定为基本实现。';

describe('MergeView', () => {
  it('offers a clean merge as the text to save', async () => {
    const both = mergeTexts(base, `${base}补充说明。`, `另：${base}`);
    const wrapper = mount(MergeView, {
      props: { theirs: `另：${base}`, mine: `${base}补充说明。`, outcome: both, saving: false },
      global: appGlobals(),
    });
    expect(wrapper.get('[data-testid="merge-view"]').attributes('data-clean')).toBe('true');
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe(`另：${base}补充说明。`);
    await wrapper.get('[data-testid="merge-save"]').trigger('click');
    expect(wrapper.emitted('save')).toEqual([[`另：${base}补充说明。`]]);
  });

  it('shows each conflict and rebuilds the text from the side chosen', async () => {
    const wrapper = mount(MergeView, {
      props: { theirs, mine, outcome: mergeTexts(base, mine, theirs), saving: false },
      global: appGlobals(),
    });
    expect(wrapper.findAll('[data-testid="merge-conflict"]')).toHaveLength(1);
    const text = () => (wrapper.get('textarea').element as HTMLTextAreaElement).value;
    expect(text()).toBe(mine);
    const current = wrapper.findAll('.el-radio-button').find((b) => b.text() === '用当前的');
    await current?.get('input').setValue(true);
    expect(text()).toBe(theirs);
  });
});
