import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { appGlobals, recordingApollo } from '../../test-support/mount';
import ComparePage from './ComparePage.vue';

const block = (id: string, text: string, label: string | null) => ({
  __typename: 'Block',
  id,
  kind: 'LIST_ITEM',
  level: 1,
  label,
  text,
});

// Two versions of a numbered list, as Word import keeps the numbers (Block.label).
const compare = {
  compareDrafts: [
    {
      __typename: 'BlockChange',
      kind: 'UNCHANGED',
      old: block('o1', '健全应急指挥体系。', '（一）'),
      new: block('n1', '健全应急指挥体系。', '（一）'),
      parts: [],
    },
    {
      __typename: 'BlockChange',
      kind: 'CHANGED',
      old: block('o2', '加强队伍建设。', '（二）'),
      new: block('n2', '加强专业队伍建设。', '（二）'),
      parts: [
        { __typename: 'TextPart', op: 'EQUAL', text: '加强' },
        { __typename: 'TextPart', op: 'INSERT', text: '专业' },
        { __typename: 'TextPart', op: 'EQUAL', text: '队伍建设。' },
      ],
    },
  ],
  to: {
    __typename: 'Draft',
    id: 'd2',
    version: 2,
    stage: 'REVIEW',
    title: '送审稿',
    createdAt: '2021-06-28T00:00:00.000Z',
    plan: { __typename: 'Plan', id: 'p1', title: '总体规划', drafts: [] },
  },
};

describe('ComparePage', () => {
  it('shows each passage with its list number, on both sides', async () => {
    const apollo = recordingApollo((op) => {
      if (op.operationName === 'CompareDrafts') return compare;
      if (op.operationName === 'DraftThreads') {
        return {
          draft: {
            __typename: 'Draft',
            id: 'd2',
            threads: {
              __typename: 'ThreadConnection',
              edges: [],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        };
      }
      throw new Error(`unexpected operation ${op.operationName}`);
    });
    const empty = defineComponent({ render: () => null });
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/drafts/:draftId/compare', name: 'compare', component: empty },
        { path: '/drafts/:draftId', name: 'draft', component: empty },
      ],
    });
    await router.push('/drafts/d2/compare?from=d1');
    const globals = appGlobals({ apollo: apollo.client });
    const wrapper = mount(ComparePage, { global: { ...globals, plugins: [...globals.plugins, router] } });
    await flushPromises();
    await flushPromises();

    const rows = wrapper.findAll('[data-testid="compare-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.find('.old').text()).toBe('（二）加强队伍建设。');
    expect(rows[1]?.find('.new').text()).toBe('（二）加强专业队伍建设。');
    expect(rows[1]?.findAll('[data-testid="compare-label"]').map((l) => l.text())).toEqual(['（二）', '（二）']);
  });
});
