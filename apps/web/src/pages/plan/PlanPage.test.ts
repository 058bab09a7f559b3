import type { PlanVersionsQuery } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { buildApproval, buildLifecyclePlan, can } from '../../components/plans/test-fixtures';
import { fakeSocket } from '../../composables/live-test-kit';
import { ApolloKey } from '../../graphql/apollo';
import { RealtimeKey } from '../../graphql/realtime';
import { createAppI18n } from '../../i18n';
import { catalogs, recordingApollo } from '../../test-support/mount';
import PlanPage from './PlanPage.vue';

type PlanNode = Extract<NonNullable<PlanVersionsQuery['node']>, { __typename: 'Plan' }>;

const argued = buildApproval({
  step: 'EXPERT_ARGUMENT',
  decision: 'APPROVED',
  version: 2,
  decidedBy: { __typename: 'Person', id: 'p-working', name: '王志强' },
  decidedAt: '2020-11-12T03:00:00.000Z',
});
const review = buildApproval({ step: 'LEADING_GROUP_REVIEW' });

function pageData(node: Partial<PlanNode>): PlanVersionsQuery {
  const { currentDraft: _, ...lifecycle } = buildLifecyclePlan();
  return {
    __typename: 'Query',
    me: { __typename: 'Person', id: 'p-leader', role: 'LEADING_GROUP', unit: null },
    clock: { __typename: 'Clock', today: '2020-11-16' },
    node: {
      ...lifecycle,
      title: '浙江省应急管理科技与装备“十四五”规划',
      leadUnit: { __typename: 'Unit', id: 'u-kexin', name: '科技信息化处', shortName: '科信处' },
      currentDraft: { __typename: 'Draft', id: 'draft-2', version: 2, stage: 'REVIEW' },
      drafts: [],
      ...node,
    },
  };
}

/** The plan page as a leader sees it; the server answers the plan query with `answers`, in turn. */
async function mountPage(answers: PlanVersionsQuery[]) {
  const socket = fakeSocket();
  let asked = 0;
  const apollo = recordingApollo((op) => {
    switch (op.operationName) {
      case 'Programs':
        return { programs: [{ __typename: 'Program', id: 'program-1', name: '规划编制' }] };
      case 'EventCursor':
        return { programs: [{ __typename: 'Program', id: 'program-1', eventCursor: 'c-1' }] };
      case 'PlanVersions':
        return answers[Math.min(asked++, answers.length - 1)];
      default:
        throw new Error(`unexpected operation ${op.operationName}`);
    }
  });
  const empty = defineComponent({ render: () => null });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/plans/:planId', name: 'plan', component: empty },
      { path: '/drafts/:draftId', name: 'draft', component: empty },
      { path: '/meetings/:id', name: 'meeting', component: empty },
      { path: '/', name: 'overview', component: empty },
    ],
  });
  await router.push('/plans/plan-tech');
  const wrapper = mount(PlanPage, {
    global: {
      plugins: [createAppI18n('zh-CN', catalogs), router],
      provide: { [ApolloKey as symbol]: apollo.client, [RealtimeKey as symbol]: socket.realtime },
    },
  });
  await flushPromises();
  await flushPromises();
  return { wrapper, socket, apollo };
}

const decision = (w: Awaited<ReturnType<typeof mountPage>>['wrapper'], step: string) =>
  w.get(`[data-testid="approval-step"][data-step="${step}"]`).attributes('data-decision');

describe('PlanPage', () => {
  it('shows the stage, the approvals, and no publish button once approval has begun', async () => {
    const { wrapper } = await mountPage([pageData({ approvals: [argued], publishableStages: [], viewerCan: can({}) })]);
    expect(wrapper.get('[aria-current="step"]').attributes('data-stage')).toBe('REVIEW');
    expect(decision(wrapper, 'EXPERT_ARGUMENT')).toBe('APPROVED');
    expect(wrapper.find('[data-testid="publish-open"]').exists()).toBe(false);
  });

  it('ends its breadcrumb in the plan it shows, not in a dangling separator', async () => {
    const { wrapper } = await mountPage([pageData({ viewerCan: can({}) })]);
    const crumbs = wrapper.get('[data-testid="crumbs"]');
    expect(crumbs.text()).toBe('总览 / 浙江省应急管理科技与装备“十四五”规划');
    expect(crumbs.get('[aria-current="page"]').text()).toBe('浙江省应急管理科技与装备“十四五”规划');
  });

  it('offers to publish when the server says a stage is open to the viewer', async () => {
    const { wrapper } = await mountPage([pageData({ viewerCan: can({ publishDraft: true }) })]);
    expect(wrapper.find('[data-testid="publish-open"]').exists()).toBe(true);
  });

  it('shows a step requested in another browser without a reload, with the decision for a leader', async () => {
    const before = pageData({ approvals: [argued], publishableStages: [] });
    const after = pageData({
      approvals: [argued, review],
      publishableStages: [],
      viewerCan: can({ decideApproval: true }),
    });
    const { wrapper, socket, apollo } = await mountPage([before, after]);
    expect(decision(wrapper, 'LEADING_GROUP_REVIEW')).toBe('NONE');
    expect(socket.live()[0]?.variables).toEqual({ programId: 'program-1', after: 'c-1' });

    socket.send({
      programEvents: {
        __typename: 'ProgramEvent',
        cursor: 'c-2',
        activity: { __typename: 'Activity', id: 'a-2', kind: 'approval.requested', subjectId: review.id },
      },
    });
    // Refetched once the burst of events is over (useLiveQuery coalesces them).
    await vi.waitFor(() => expect(decision(wrapper, 'LEADING_GROUP_REVIEW')).toBe('PENDING'), { timeout: 3000 });
    expect(apollo.operations.filter((o) => o.operationName === 'PlanVersions')).toHaveLength(2);
    expect(wrapper.find('[data-step="LEADING_GROUP_REVIEW"] [data-testid="approval-decide"]').exists()).toBe(true);
  });
});
