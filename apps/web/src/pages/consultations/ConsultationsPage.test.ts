import type { ConsultationsQuery, ProgramRole } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeSocket } from '../../composables/live-test-kit';
import { ApolloKey } from '../../graphql/apollo';
import { RealtimeKey } from '../../graphql/realtime';
import { createAppI18n } from '../../i18n';
import { catalogs, recordingApollo } from '../../test-support/mount';
import ConsultationsPage from './ConsultationsPage.vue';
import { buildConsultation } from './test-fixtures';

const plans: ConsultationsQuery = {
  __typename: 'Query',
  clock: { __typename: 'Clock', today: '2020-11-16' },
  program: {
    __typename: 'Program',
    id: 'program-1',
    plans: [
      {
        __typename: 'Plan',
        id: 'plan-tech',
        title: '应急管理科技与装备规划',
        stage: 'CONSULTATION',
        currentDraft: {
          __typename: 'Draft',
          id: 'draft-3',
          version: 3,
          stage: 'CONSULTATION',
          title: '征求意见稿',
          consultation: null,
        },
      },
      {
        __typename: 'Plan',
        id: 'plan-fire',
        title: '消防救援事业发展规划',
        stage: 'CONSULTATION',
        currentDraft: {
          __typename: 'Draft',
          id: 'draft-5',
          version: 2,
          stage: 'CONSULTATION',
          title: '征求意见稿',
          consultation: buildConsultation(),
        },
      },
      {
        __typename: 'Plan',
        id: 'plan-haz',
        title: '安全生产规划',
        stage: 'FRAMEWORK',
        currentDraft: {
          __typename: 'Draft',
          id: 'draft-7',
          version: 1,
          stage: 'FRAMEWORK',
          title: '框架稿',
          consultation: null,
        },
      },
    ],
  },
};

async function mountPage(role: ProgramRole) {
  const socket = fakeSocket();
  const apollo = recordingApollo((op) => {
    switch (op.operationName) {
      case 'Me':
        return {
          __typename: 'Query',
          me: {
            __typename: 'Person',
            id: 'p-1',
            name: '王志强',
            title: null,
            role,
            unit: null,
            memberships: [],
          },
        };
      case 'Programs':
        return { __typename: 'Query', programs: [{ __typename: 'Program', id: 'program-1', name: '规划编制' }] };
      case 'EventCursor':
        return { __typename: 'Query', programs: [{ __typename: 'Program', id: 'program-1', eventCursor: 'c-1' }] };
      case 'Consultations':
        return plans;
      default:
        throw new Error(`unexpected operation ${op.operationName}`);
    }
  });
  const empty = defineComponent({ render: () => null });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/consultations', name: 'consultations', component: empty },
      { path: '/consultations/:id', name: 'consultation', component: empty },
      { path: '/drafts/:draftId', name: 'draft', component: empty },
      { path: '/', name: 'overview', component: empty },
    ],
  });
  await router.push('/consultations');
  const wrapper = mount(ConsultationsPage, {
    global: {
      plugins: [createAppI18n('zh-CN', catalogs), router],
      provide: { [ApolloKey as symbol]: apollo.client, [RealtimeKey as symbol]: socket.realtime },
    },
    attachTo: document.body,
  });
  await flushPromises();
  await flushPromises();
  return { wrapper, socket, asked: () => apollo.operations.map((o) => o.operationName) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ConsultationsPage', () => {
  it('tells a unit member the working group runs consultations, and asks nothing of them', async () => {
    const { wrapper, asked, socket } = await mountPage('UNIT_MEMBER');
    expect(wrapper.find('[data-testid="consultations-refused"]').text()).toBe('公开征求意见由规划编制工作组组织。');
    expect(asked()).not.toContain('Consultations');
    expect(socket.live()).toHaveLength(0);
  });

  it('offers the working group 发起征求意见 on a consultation draft without a round, and the round’s queue and address where there is one', async () => {
    const { wrapper } = await mountPage('WORKING_GROUP');
    const row = (id: string) => wrapper.find(`[data-testid="consultation-row"][data-plan-id="${id}"]`);
    expect(row('plan-tech').find('[data-testid="consultation-open"]').text()).toBe('发起征求意见');
    expect(row('plan-fire').find('[data-testid="consultation-open"]').exists()).toBe(false);
    expect(row('plan-fire').find('[data-testid="consultation-state"]').text()).toBe('征求意见中');
    expect(row('plan-fire').find('[data-testid="consultation-moderate"]').attributes('href')).toBe(
      '/consultations/pc-1',
    );
    expect(row('plan-fire').find('[data-testid="consultation-url"]').text()).toBe(
      'https://gongbian.example.cn/public/tech-2021',
    );
    // A framework draft cannot be put to the public yet.
    expect(row('plan-haz').find('[data-testid="consultation-open"]').exists()).toBe(false);
    expect(row('plan-haz').text()).toContain('未发起');
  });

  it('loads again when a round is opened or an opinion decided anywhere, not for other events', async () => {
    const { socket, asked } = await mountPage('WORKING_GROUP');
    const event = (cursor: string, kind: string) =>
      socket.send({
        programEvents: {
          __typename: 'ProgramEvent',
          cursor,
          activity: { __typename: 'Activity', id: `a-${cursor}`, kind, subjectId: 'x' },
        },
      });
    event('c-2', 'meeting.logged');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(asked().filter((n) => n === 'Consultations')).toHaveLength(1);
    event('c-3', 'public-opinion.moderated');
    await vi.waitFor(() => expect(asked().filter((n) => n === 'Consultations')).toHaveLength(2), { timeout: 3000 });
  });
});
