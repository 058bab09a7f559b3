import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { appGlobals, recordingApollo } from '../../test-support/mount';
import GlobalSearch from './GlobalSearch.vue';
import { groupHits, type Hit, placeOf } from './search-results';

const none = {
  draftId: null,
  version: null,
  blockId: null,
  quote: null,
  threadId: null,
  meetingId: null,
  planId: null,
  topicId: null,
  milestoneId: null,
};
const hit = (h: Partial<Hit> & Pick<Hit, 'kind' | 'id'>): Hit => ({
  __typename: 'SearchHit',
  title: '应急体系规划',
  snippet: '……加强防汛物资储备……',
  ...none,
  ...h,
});
const HITS: Hit[] = [
  hit({ kind: 'MINUTES', id: 'm1', title: '征求意见座谈会', meetingId: 'm1', snippet: '会议议定防汛物资前置' }),
  hit({ kind: 'DRAFT_BLOCK', id: 'd1:b90', draftId: 'd1', blockId: 'b90', version: 2 }),
  hit({ kind: 'THREAD', id: 'c1', draftId: 'd1', threadId: 't1', quote: '防汛物资' }),
  hit({ kind: 'MILESTONE', id: 'ms1', milestoneId: 'ms1', title: '防汛物资调研' }),
];

describe('where a search hit opens', () => {
  it('groups hits by kind, passages first, and opens each at its place', () => {
    expect(groupHits(HITS).map((g) => g.kind)).toEqual(['DRAFT_BLOCK', 'THREAD', 'MINUTES', 'MILESTONE']);
    expect(groupHits(HITS).flatMap((g) => g.hits.map((h) => h.index))).toEqual([0, 1, 2, 3]);
    const [minutes, passage, opinion, milestone] = HITS as [Hit, Hit, Hit, Hit];
    expect(placeOf(passage, ' 防汛物资 ')).toEqual({
      name: 'draft',
      params: { draftId: 'd1' },
      query: { block: 'b90', find: '防汛物资' },
    });
    expect(placeOf(opinion, 'x')).toEqual({ name: 'draft', params: { draftId: 'd1' }, query: { thread: 't1' } });
    expect(placeOf(minutes, 'x')).toEqual({ name: 'meeting', params: { id: 'm1' } });
    expect(placeOf(milestone, 'x')).toEqual({ name: 'overview', hash: '#milestone-ms1' });
  });
});

describe('GlobalSearch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks once typing pauses, shows the hits by kind, and opens the one chosen with the keyboard', async () => {
    const { client, operations } = recordingApollo((op) =>
      op.operationName === 'Programs'
        ? { programs: [{ __typename: 'Program', id: 'p1', name: '应急体系规划' }] }
        : { search: HITS },
    );
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', name: 'overview', component: { template: '<div />' } },
        { path: '/drafts/:draftId', name: 'draft', component: { template: '<div />' } },
        { path: '/meetings/:id', name: 'meeting', component: { template: '<div />' } },
      ],
    });
    const globals = appGlobals({ apollo: client });
    const wrapper = mount(GlobalSearch, { global: { ...globals, plugins: [...globals.plugins, router] } });
    await flushPromises();

    const field = wrapper.get('[data-testid="search-input"]');
    await field.setValue('防');
    await vi.advanceTimersByTimeAsync(250);
    expect(wrapper.get('[data-testid="search-status"]').text()).toBe('请至少输入两个字');
    await field.setValue('防汛');
    await field.setValue('防汛物资');
    await vi.advanceTimersByTimeAsync(250);
    await flushPromises();
    const searches = operations.filter((o) => o.operationName === 'GlobalSearch');
    expect(searches.map((o) => o.variables)).toEqual([{ programId: 'p1', q: '防汛物资' }]);

    expect(wrapper.findAll('[data-testid="search-group"]').map((g) => g.attributes('data-kind'))).toEqual([
      'DRAFT_BLOCK',
      'THREAD',
      'MINUTES',
      'MILESTONE',
    ]);
    expect(wrapper.find('[data-testid="search-hit"] mark').text()).toBe('防汛物资');

    // ↓ twice: past the passage and the opinion, onto the minutes.
    await field.trigger('keydown', { key: 'ArrowDown' });
    await field.trigger('keydown', { key: 'ArrowDown' });
    expect(field.attributes('aria-activedescendant')).toBe('gb-search-hit-2');
    expect(wrapper.get('#gb-search-hit-2').attributes('aria-selected')).toBe('true');
    await field.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/meetings/m1');
    expect(wrapper.emitted('close')).toHaveLength(1);
  });
});
