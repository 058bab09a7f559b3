import type { ModerationStatus } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeSocket } from '../../composables/live-test-kit';
import { ApolloKey } from '../../graphql/apollo';
import { RealtimeKey } from '../../graphql/realtime';
import { createAppI18n } from '../../i18n';
import { catalogs, type RecordedOperation, recordingApollo } from '../../test-support/mount';
import ConsultationPage from './ConsultationPage.vue';
import { buildConsultation, buildGroup, buildOpinion, groupsPage } from './test-fixtures';

const pending = [buildOpinion({ id: 'po-1' }), buildOpinion({ id: 'po-2', authorName: null, body: '总体赞成。' })];
const accepted = [buildOpinion({ id: 'po-9', status: 'ACCEPTED', thread: { __typename: 'Thread', id: 't-9' } })];

function page(rows: ReturnType<typeof buildOpinion>[]) {
  return {
    __typename: 'Query',
    consultation: {
      __typename: 'PublicConsultation',
      id: 'pc-1',
      opinions: {
        __typename: 'PublicOpinionConnection',
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: rows.map((node) => ({ __typename: 'PublicOpinionEdge', node })),
      },
    },
  };
}

async function mountPage(queue: {
  PENDING: ReturnType<typeof buildOpinion>[];
  groups?: ReturnType<typeof buildGroup>[];
}) {
  const socket = fakeSocket();
  const apollo = recordingApollo((op: RecordedOperation) => {
    switch (op.operationName) {
      case 'Me':
        return {
          __typename: 'Query',
          me: {
            __typename: 'Person',
            id: 'p-1',
            name: '王志强',
            title: null,
            role: 'WORKING_GROUP',
            unit: null,
            memberships: [],
          },
        };
      case 'EventCursor':
        return { __typename: 'Query', programs: [{ __typename: 'Program', id: 'program-1', eventCursor: 'c-1' }] };
      case 'ConsultationPage':
        return {
          __typename: 'Query',
          consultation: {
            ...buildConsultation(),
            draft: {
              __typename: 'Draft',
              id: 'draft-3',
              version: 3,
              title: '征求意见稿',
              plan: { __typename: 'Plan', id: 'plan-tech', title: '应急管理科技与装备规划' },
            },
          },
        };
      case 'ConsultationOpinions': {
        const status = op.variables.status as ModerationStatus;
        return page(status === 'PENDING' ? queue.PENDING : status === 'ACCEPTED' ? accepted : []);
      }
      case 'ConsultationGroups':
        return groupsPage(queue.groups ?? []);
      case 'ModeratePublicOpinion':
        return {
          __typename: 'Mutation',
          moderatePublicOpinion: {
            __typename: 'ModeratePublicOpinionPayload',
            clientMutationId: null,
            opinion: { ...buildOpinion({ id: 'po-1' }), status: 'ACCEPTED', version: 4 },
          },
        };
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
  await router.push('/consultations/pc-1');
  const wrapper = mount(ConsultationPage, {
    global: {
      plugins: [createAppI18n('zh-CN', catalogs), router],
      provide: { [ApolloKey as symbol]: apollo.client, [RealtimeKey as symbol]: socket.realtime },
    },
    attachTo: document.body,
  });
  await flushPromises();
  await flushPromises();
  const asked = (name: string) => apollo.operations.filter((o) => o.operationName === name);
  return { wrapper, socket, asked };
}

const cards = (w: Awaited<ReturnType<typeof mountPage>>['wrapper']) =>
  w.findAll('[data-testid="moderation-card"]').map((c) => c.attributes('data-opinion-id'));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ConsultationPage', () => {
  it('lists the pending opinions with the round’s figures, and follows the round’s own events', async () => {
    const queue = { PENDING: [...pending] };
    const { wrapper, socket, asked } = await mountPage(queue);
    expect(cards(wrapper)).toEqual(['po-1', 'po-2']);
    expect(wrapper.find('[data-testid="consultation-received"]').text()).toBe('12');
    expect(wrapper.find('[data-testid="moderation-count"]').text()).toBe('共 2 条');
    expect(socket.live().map((s) => s.variables)).toEqual([{ consultationId: 'pc-1', after: 'c-1' }]);

    // Someone sends an opinion: the queue loads again and shows it.
    queue.PENDING = [buildOpinion({ id: 'po-3', body: '新意见' }), ...pending];
    socket.send({
      consultationEvents: {
        __typename: 'ConsultationEvent',
        cursor: 'c-2',
        consultationId: 'pc-1',
        kind: 'public-opinion.submitted',
        opinionId: 'po-3',
      },
    });
    await vi.waitFor(() => expect(cards(wrapper)).toEqual(['po-3', 'po-1', 'po-2']), { timeout: 3000 });
    expect(asked('ConsultationPage')).toHaveLength(2);
  });

  it('takes an accepted opinion off the pending list at once', async () => {
    const { wrapper, asked } = await mountPage({ PENDING: [...pending] });
    await wrapper.find('[data-opinion-id="po-1"] [data-testid="moderation-accept"]').trigger('click');
    await flushPromises();
    expect(asked('ModeratePublicOpinion')[0]?.variables.input).toMatchObject({
      opinionId: 'po-1',
      decision: 'ACCEPT',
      expectedVersion: 3,
    });
    expect(cards(wrapper)).toEqual(['po-2']);
  });

  it('asks for the opinions of the tab chosen', async () => {
    const { wrapper, asked } = await mountPage({ PENDING: [...pending] });
    await wrapper.find('#tab-ACCEPTED').trigger('click');
    await vi.waitFor(() => expect(cards(wrapper)).toEqual(['po-9']), { timeout: 3000 });
    expect(asked('ConsultationOpinions').map((o) => o.variables.status)).toContain('ACCEPTED');
    expect(wrapper.find('[data-testid="moderation-thread"]').attributes('href')).toBe('/drafts/draft-3?thread=t-9');
  });

  it('shows the pending opinions in groups by similar text, and reloads them when a group is decided elsewhere', async () => {
    const similar = (count: number) =>
      buildGroup({ key: 's:0b7c', by: 'SIMILAR_TEXT', blockId: null, quote: null, count });
    const queue = { PENDING: [...pending], groups: [similar(40)] };
    const { wrapper, socket, asked } = await mountPage(queue);
    await wrapper.find('[data-testid="moderation-view-SIMILAR_TEXT"] input').setValue(true);
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="moderation-group"]')).toHaveLength(1), {
      timeout: 3000,
    });
    expect(asked('ConsultationGroups').map((o) => o.variables.by)).toEqual(['SIMILAR_TEXT']);
    expect(wrapper.find('[data-testid="moderation-tabs"]').exists()).toBe(false);
    expect(cards(wrapper)).toEqual([]);
    expect(wrapper.find('[data-testid="moderation-group-count"]').text()).toBe('40 条');

    // Another moderator merges part of it: the round's stream says so, and the groups load again.
    queue.groups = [similar(25)];
    socket.send({
      consultationEvents: {
        __typename: 'ConsultationEvent',
        cursor: 'c-2',
        consultationId: 'pc-1',
        kind: 'public-opinion.group-moderated',
        opinionId: null,
      },
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="moderation-group-count"]').text()).toBe('25 条'), {
      timeout: 3000,
    });
  });
});
