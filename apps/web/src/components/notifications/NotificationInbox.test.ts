import type { NotificationItemFragment } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeSocket } from '../../composables/live-test-kit';
import { ApolloKey } from '../../graphql/apollo';
import { RealtimeKey } from '../../graphql/realtime';
import { createAppI18n } from '../../i18n';
import { catalogs, recordingApollo } from '../../test-support/mount';
import NotificationInbox from './NotificationInbox.vue';

const PLAN = '浙江省应急管理“十四五”规划';
const notice = (n: Partial<NotificationItemFragment>): NotificationItemFragment => ({
  __typename: 'Notification',
  id: 'n-1',
  // 2021-07-19 16:30 UTC is 2021-07-20 in the programme's day (UTC+8).
  at: '2021-07-19T16:30:00.000Z',
  kind: 'disposition',
  summary: '你的意见已处理：不采纳',
  facts: [{ __typename: 'Fact', name: 'status', value: 'NOT_ADOPTED' }],
  subjectId: 't-1',
  link: {
    __typename: 'NoticeLink',
    to: 'THREAD',
    id: 't-1',
    draftId: 'd-2',
    plan: PLAN,
    version: 2,
    quote: '县级储备库',
  },
  read: false,
  ...n,
});
const NOTICES = [
  notice({}),
  notice({
    id: 'n-2',
    kind: 'review.assigned',
    summary: '请评审',
    facts: [
      { __typename: 'Fact', name: 'plan', value: PLAN },
      { __typename: 'Fact', name: 'dueOn', value: '2021-07-30' },
    ],
    subjectId: 'a-1',
    link: { __typename: 'NoticeLink', to: 'REVIEW', id: 'a-1', draftId: 'd-2', plan: PLAN, version: 2, quote: null },
  }),
];

async function mountInbox() {
  const socket = fakeSocket();
  const apollo = recordingApollo((op) => {
    switch (op.operationName) {
      case 'EventCursor':
        return { programs: [{ __typename: 'Program', id: 'program-1', eventCursor: 'c-1' }] };
      case 'Notifications':
        return {
          __typename: 'Query',
          recent: NOTICES,
          unread: NOTICES.map((n) => ({ __typename: 'Notification', id: n.id })),
        };
      case 'MarkNotificationsRead':
        return {
          __typename: 'Mutation',
          markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', clientMutationId: null, unread: 1 },
        };
      default:
        throw new Error(`unexpected operation ${op.operationName}`);
    }
  });
  const empty = defineComponent({ render: () => null });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'overview', component: empty },
      { path: '/drafts/:draftId', name: 'draft', component: empty },
      { path: '/meetings/:id', name: 'meeting', component: empty },
      { path: '/reviews/:assignmentId', name: 'review', component: empty },
    ],
  });
  await router.push('/');
  const wrapper = mount(NotificationInbox, {
    global: {
      plugins: [createAppI18n('zh-CN', catalogs), router],
      provide: { [ApolloKey as symbol]: apollo.client, [RealtimeKey as symbol]: socket.realtime },
      // The popover's content shows in place, as when it is open.
      stubs: { ElPopover: { template: '<div><slot name="reference" /><slot /></div>' } },
    },
  });
  await flushPromises();
  await flushPromises();
  return { wrapper, router, apollo };
}

describe('NotificationInbox', () => {
  it('says which plan, version and passage a notice is about, dated by the programme’s day', async () => {
    const { wrapper } = await mountInbox();
    const [decided, invited] = wrapper.findAll('[data-testid="notification-item"]');
    expect(decided?.get('[data-testid="notification-where"]').text()).toBe(`《${PLAN}》第 2 版 「县级储备库」`);
    expect(decided?.get('time').text()).toBe('2021-07-20');
    expect(invited?.get('[data-testid="notification-where"]').text()).toBe(`《${PLAN}》第 2 版`);
  });

  it('opens a decided opinion in its draft, and a review invitation on its review', async () => {
    const { wrapper, router, apollo } = await mountInbox();
    const items = () => wrapper.findAll('[data-testid="notification-item"]');
    await items()[0]?.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/drafts/d-2?thread=t-1');
    expect(apollo.operations.some((o) => o.operationName === 'MarkNotificationsRead')).toBe(true);

    await items()[1]?.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/reviews/a-1');
  });
});
