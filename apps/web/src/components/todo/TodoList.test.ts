import type { TodoQuery } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeSocket } from '../../composables/live-test-kit';
import { RealtimeKey } from '../../graphql/realtime';
import { appGlobals, recordingApollo } from '../../test-support/mount';
import TodoList from './TodoList.vue';

const PLAN = '浙江省应急管理“十四五”规划';
const EMPTY: TodoQuery['todo'] = { __typename: 'Todo', answer: [], review: [], actionItems: [], approvals: [] };
const FULL: TodoQuery['todo'] = {
  __typename: 'Todo',
  answer: [
    {
      __typename: 'TodoOpinion',
      threadId: 't-1',
      draftId: 'd-2',
      plan: PLAN,
      version: 2,
      quote: '县级储备库',
      excerpt: '建议明确储备库建设标准。',
      author: '许文涛',
      at: '2021-07-19T16:30:00.000Z',
    },
  ],
  review: [
    {
      __typename: 'TodoReview',
      assignmentId: 'a-1',
      draftId: 'd-2',
      plan: PLAN,
      version: 2,
      status: 'INVITED',
      dueOn: '2021-07-30',
    },
  ],
  actionItems: [
    {
      __typename: 'TodoActionItem',
      id: 'i-1',
      meetingId: 'm-1',
      meeting: '规划编制推进会',
      title: '修改第二章',
      status: 'PLANNED',
      dueOn: '2021-08-01',
    },
  ],
  approvals: [
    {
      __typename: 'TodoApproval',
      id: 'ap-1',
      planId: 'plan-1',
      plan: PLAN,
      version: 2,
      step: 'LEADING_GROUP_REVIEW',
      requestedAt: '2021-07-01T02:00:00.000Z',
    },
  ],
};

async function mountList(answers: TodoQuery['todo'][], locale: 'zh-CN' | 'en' = 'zh-CN') {
  const socket = fakeSocket();
  let asked = 0;
  const apollo = recordingApollo((op) => {
    switch (op.operationName) {
      case 'EventCursor':
        return { programs: [{ __typename: 'Program', id: 'program-1', eventCursor: 'c-1' }] };
      case 'Todo':
        return { __typename: 'Query', todo: answers[Math.min(asked++, answers.length - 1)] };
      default:
        throw new Error(`unexpected operation ${op.operationName}`);
    }
  });
  const empty = defineComponent({ render: () => null });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'overview', component: empty },
      { path: '/plans/:planId', name: 'plan', component: empty },
      { path: '/drafts/:draftId', name: 'draft', component: empty },
      { path: '/meetings/:id', name: 'meeting', component: empty },
      { path: '/reviews/:assignmentId', name: 'review', component: empty },
    ],
  });
  await router.push('/');
  const globals = appGlobals({ locale, apollo: apollo.client });
  const wrapper = mount(TodoList, {
    props: { changes: 0 },
    global: {
      plugins: [...globals.plugins, router],
      provide: { ...globals.provide, [RealtimeKey as symbol]: socket.realtime },
    },
  });
  await flushPromises();
  await flushPromises();
  const todoAsks = () => apollo.operations.filter((o) => o.operationName === 'Todo').length;
  return { wrapper, socket, todoAsks };
}

describe('TodoList', () => {
  it('lists what waits, saying plan, version and passage, each opening its place', async () => {
    const { wrapper } = await mountList([FULL]);
    const opinion = wrapper.get('[data-testid="todo-answer"]');
    expect(opinion.text()).toContain('待我答复1');
    expect(opinion.get('a').text()).toBe(`《${PLAN}》第 2 版 「县级储备库」许文涛：建议明确储备库建设标准。2021-07-20`);
    expect(opinion.get('a').attributes('href')).toBe('/drafts/d-2?thread=t-1');
    expect(wrapper.get('[data-testid="todo-review-item"]').attributes('href')).toBe('/reviews/a-1');
    expect(wrapper.get('[data-testid="todo-review-item"]').text()).toContain('待答复');
    expect(wrapper.get('[data-testid="todo-review-item"]').text()).toContain('截止 2021-07-30');
    expect(wrapper.get('[data-testid="todo-handle"] h3').text()).toBe('待我处理2');
    expect(wrapper.get('[data-testid="todo-approval"]').attributes('href')).toBe('/plans/plan-1');
    expect(wrapper.get('[data-testid="todo-approval"]').text()).toContain('领导小组审议');
    expect(wrapper.get('[data-testid="todo-action-item"]').attributes('href')).toBe('/meetings/m-1');
  });

  it('says so when nothing waits, in English too', async () => {
    const { wrapper } = await mountList([EMPTY], 'en');
    expect(wrapper.get('[data-testid="todo-empty"]').text()).toBe('Nothing waiting for you');
  });

  it('asks again when a notice arrives for the reader, and when the programme changes', async () => {
    const { wrapper, socket, todoAsks } = await mountList([EMPTY, FULL, EMPTY]);
    expect(wrapper.find('[data-testid="todo-answer"]').exists()).toBe(false);

    socket.send({
      notificationEvents: {
        __typename: 'NotificationEvent',
        cursor: 'c-2',
        notification: {
          __typename: 'Notification',
          id: 'n-1',
          at: '2021-07-20T02:00:00.000Z',
          kind: 'opinion',
          summary: '许文涛 对《…》提出意见',
          facts: [],
          subjectId: 't-1',
          link: {
            __typename: 'NoticeLink',
            to: 'THREAD',
            id: 't-1',
            draftId: 'd-2',
            plan: PLAN,
            version: 2,
            quote: null,
          },
          read: false,
        },
      },
    });
    await flushPromises();
    await new Promise((r) => setTimeout(r, 300));
    await flushPromises();
    expect(todoAsks()).toBe(2);
    expect(wrapper.find('[data-testid="todo-answer"]').exists()).toBe(true);

    await wrapper.setProps({ changes: 1 });
    await new Promise((r) => setTimeout(r, 300));
    await flushPromises();
    expect(todoAsks()).toBe(3);
    expect(wrapper.find('[data-testid="todo-empty"]').exists()).toBe(true);
  });
});
