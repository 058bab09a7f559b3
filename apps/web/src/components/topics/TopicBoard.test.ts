import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { buildTopic } from '../../test-support/fixtures';
import { appGlobals } from '../../test-support/mount';
import TopicBoard from './TopicBoard.vue';

describe('TopicBoard', () => {
  it('groups topics by status, blocked first, and counts every status', () => {
    const topics = [
      buildTopic({ number: 3, status: 'DONE' }),
      buildTopic({ number: 1, status: 'DONE' }),
      buildTopic({ number: 7, status: 'BLOCKED', overdue: true }),
      buildTopic({ number: 2, status: 'IN_PROGRESS' }),
    ];
    const wrapper = mount(TopicBoard, { props: { topics }, global: appGlobals() });

    const groups = wrapper.findAll('[data-testid="topic-group"]');
    expect(groups.map((g) => g.attributes('data-status'))).toEqual(['BLOCKED', 'IN_PROGRESS', 'DONE']);
    const numbers = (status: string) =>
      wrapper
        .findAll(`[data-testid="topic-group"][data-status="${status}"] [data-testid="topic"]`)
        .map((t) => t.text());
    expect(numbers('DONE').map((text) => text.slice(0, 4))).toEqual(['专题 1', '专题 3']);

    const counts = Object.fromEntries(
      wrapper.findAll('[data-testid="topic-count"]').map((c) => [c.attributes('data-status'), c.find('strong').text()]),
    );
    expect(counts).toEqual({ PLANNED: '0', IN_PROGRESS: '1', DONE: '2', BLOCKED: '1' });
    expect(wrapper.get('[data-status="BLOCKED"] [data-testid="topic-overdue"]').text()).toBe('已逾期');
  });

  it('offers the progress update only on topics the person may change', () => {
    const mine = buildTopic({ canUpdate: true });
    const theirs = buildTopic({ canUpdate: false });
    const wrapper = mount(TopicBoard, { props: { topics: [mine, theirs] }, global: appGlobals() });
    expect(wrapper.find(`[data-topic-id="${mine.id}"] [data-testid="topic-edit"]`).exists()).toBe(true);
    expect(wrapper.find(`[data-topic-id="${theirs.id}"] [data-testid="topic-edit"]`).exists()).toBe(false);
  });
});
