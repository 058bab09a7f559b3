import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { RoleViewer } from '../../auth/role-access';
import { ApolloKey } from '../../graphql/apollo';
import { appGlobals } from '../../test-support/mount';
import ApprovalsPanel from './ApprovalsPanel.vue';
import {
  type Answer,
  answeringApollo,
  buildApproval,
  buildLifecyclePlan,
  can,
  type PanelPlan,
  type Sent,
  testRouter,
} from './test-fixtures';

const WORKING: RoleViewer = { id: 'p-working', role: 'WORKING_GROUP' };
const LEADER: RoleViewer = { id: 'p-leader', role: 'LEADING_GROUP' };

async function mountPanel(
  plan: PanelPlan,
  options: { viewer?: RoleViewer; respond?: (op: Sent) => Answer; locale?: 'zh-CN' | 'en' } = {},
) {
  const apollo = answeringApollo(
    options.respond ??
      ((op) => {
        throw new Error(`unexpected operation ${op.operationName}`);
      }),
  );
  const globals = appGlobals({ apollo: apollo.client, locale: options.locale });
  const router = testRouter();
  await router.push('/plans/plan-tech');
  const wrapper = mount(ApprovalsPanel, {
    props: { plan, programId: 'program-1', today: '2020-11-16', viewer: options.viewer ?? WORKING },
    global: { plugins: [...globals.plugins, router], provide: { [ApolloKey as symbol]: apollo.client } },
  });
  return { wrapper, sent: apollo.sent };
}

const rows = (wrapper: Awaited<ReturnType<typeof mountPanel>>['wrapper']) =>
  wrapper.findAll('[data-testid="approval-step"]').map((r) => ({
    step: r.attributes('data-step'),
    decision: r.get('[data-testid="approval-decision"]').text(),
    decide: r.find('[data-testid="approval-decide"]').exists(),
    request: r.find('[data-testid="approval-request"]').exists(),
  }));

describe('ApprovalsPanel', () => {
  it('shows a special plan’s two steps, none requested, and offers the working group to request 专家论证 of its 送审稿', async () => {
    const plan = buildLifecyclePlan({ viewerCan: can({ requestApproval: true }) });
    const { wrapper, sent } = await mountPanel(plan, {
      respond: (op) => {
        const input = op.variables.input as { draftId: string; step: string; clientMutationId: string };
        const approval = buildApproval({ step: 'EXPERT_ARGUMENT' });
        return {
          data: {
            requestApproval: {
              __typename: 'RequestApprovalPayload',
              clientMutationId: input.clientMutationId,
              approval: { ...approval, plan: { ...plan, approvals: [approval], viewerCan: can({}) } },
            },
          },
        };
      },
    });
    expect(rows(wrapper)).toEqual([
      { step: 'EXPERT_ARGUMENT', decision: '未提请', decide: false, request: true },
      { step: 'LEADING_GROUP_REVIEW', decision: '未提请', decide: false, request: false },
    ]);
    expect(wrapper.get('[data-testid="approvals-round"]').text()).toBe('送审稿形成后，由工作专班提请专家论证');
    const button = wrapper.get('[data-testid="approval-request"]');
    expect(button.text()).toBe('提请专家论证');
    await button.trigger('click');
    await flushPromises();
    expect(sent.map((s) => s.operationName)).toEqual(['RequestApproval']);
    expect(sent[0]?.variables.input).toMatchObject({ draftId: 'draft-2', step: 'EXPERT_ARGUMENT' });
  });

  it('shows a master plan’s three steps, the government’s approval last', async () => {
    const { wrapper } = await mountPanel(
      buildLifecyclePlan({
        kind: 'MASTER',
        approvalSteps: ['EXPERT_ARGUMENT', 'LEADING_GROUP_REVIEW', 'GOVERNMENT_APPROVAL'],
      }),
    );
    expect(rows(wrapper).map((r) => r.step)).toEqual([
      'EXPERT_ARGUMENT',
      'LEADING_GROUP_REVIEW',
      'GOVERNMENT_APPROVAL',
    ]);
    expect(wrapper.find('[data-testid="approval-request"]').exists()).toBe(false);
  });

  it('shows each decision with its opinion, the meeting it cites, who and when; the decide button only to one who may decide', async () => {
    const argued = buildApproval({
      step: 'EXPERT_ARGUMENT',
      decision: 'APPROVED',
      version: 2,
      opinion: '同意提交领导小组审议。',
      meeting: {
        __typename: 'Meeting',
        id: 'meeting-7',
        title: '科技装备规划专家论证会',
        startsAt: '2020-11-10T02:00:00.000Z',
      },
      decidedBy: { __typename: 'Person', id: 'p-working', name: '王志强' },
      decidedAt: '2020-11-12T03:00:00.000Z',
    });
    const review = buildApproval({ step: 'LEADING_GROUP_REVIEW', requestedAt: '2020-11-13T01:00:00.000Z' });
    const plan = buildLifecyclePlan({ approvals: [argued, review], publishableStages: [] });

    const leader = await mountPanel({ ...plan, viewerCan: can({ decideApproval: true }) }, { viewer: LEADER });
    expect(rows(leader.wrapper)).toEqual([
      { step: 'EXPERT_ARGUMENT', decision: '通过', decide: false, request: false },
      { step: 'LEADING_GROUP_REVIEW', decision: '待审', decide: true, request: false },
    ]);
    expect(leader.wrapper.get('[data-testid="approvals-round"]').text()).toBe('第 2 版送审稿');
    const first = leader.wrapper.get('[data-step="EXPERT_ARGUMENT"]');
    expect(first.get('[data-testid="approval-opinion"]').text()).toBe('意见：同意提交领导小组审议。');
    expect(first.get('[data-testid="approval-meeting"]').attributes('href')).toBe('/meetings/meeting-7');
    expect(first.get('[data-testid="approval-meeting"]').text()).toBe('科技装备规划专家论证会');
    expect(first.text()).toContain('王志强 提请于 2020');
    expect(first.text()).toContain('王志强 决定于 2020');

    const working = await mountPanel(plan);
    expect(rows(working.wrapper).map((r) => r.decide)).toEqual([false, false]);
  });

  it('keeps a returned round apart once the revised 送审稿 is out, and starts the new round from 专家论证', async () => {
    const returned = buildApproval({
      step: 'EXPERT_ARGUMENT',
      decision: 'RETURNED',
      opinion: '应急装备目标需量化。',
      draft: { __typename: 'Draft', id: 'draft-2', version: 2 },
    });
    const plan = buildLifecyclePlan({
      approvals: [returned],
      currentDraft: { id: 'draft-3', version: 3, stage: 'REVIEW' },
      viewerCan: can({ requestApproval: true }),
    });
    const { wrapper } = await mountPanel(plan);
    expect(rows(wrapper)).toEqual([
      { step: 'EXPERT_ARGUMENT', decision: '未提请', decide: false, request: true },
      { step: 'LEADING_GROUP_REVIEW', decision: '未提请', decide: false, request: false },
    ]);
    expect(wrapper.get('[data-testid="approval-earlier"]').text()).toBe(
      '第 2 版 · 专家论证 · 退回：应急装备目标需量化。',
    );
  });

  it('shows the issue: 文号, date, issuer and 备案, with the 备案 button for the working group while it is not filed', async () => {
    const issued = {
      __typename: 'Issuance' as const,
      docNumber: '浙应急规划〔2021〕5号',
      issuedOn: '2021-09-30',
      issuer: '浙江省应急管理厅',
      filedOn: null,
      draft: { __typename: 'Draft' as const, id: 'draft-2', version: 2 },
    };
    const plan = buildLifecyclePlan({ stage: 'ISSUED', issued, publishableStages: [] });
    const working = await mountPanel(plan);
    const shown = working.wrapper.get('[data-testid="plan-issued"]');
    expect(shown.get('[data-testid="issued-doc-number"]').text()).toBe('浙应急规划〔2021〕5号');
    expect(shown.text()).toContain('2021-09-30');
    expect(shown.text()).toContain('浙江省应急管理厅');
    expect(shown.get('[data-testid="issued-filed-on"]').text()).toBe('尚未备案');
    expect(working.wrapper.find('[data-testid="filing-open"]').exists()).toBe(true);
    expect(working.wrapper.find('[data-testid="issue-open"]').exists()).toBe(false);

    const leader = await mountPanel(plan, { viewer: LEADER });
    expect(leader.wrapper.find('[data-testid="filing-open"]').exists()).toBe(false);

    const filed = await mountPanel({ ...plan, issued: { ...issued, filedOn: '2021-10-15' } });
    expect(filed.wrapper.get('[data-testid="issued-filed-on"]').text()).toBe('2021-10-15');
    expect(filed.wrapper.find('[data-testid="filing-open"]').exists()).toBe(false);
  });

  it('offers to record the issue only when the server says the plan may be issued', async () => {
    const approved = buildLifecyclePlan({ stage: 'APPROVED', publishableStages: [] });
    expect((await mountPanel(approved)).wrapper.find('[data-testid="issue-open"]').exists()).toBe(false);
    const may = await mountPanel({ ...approved, viewerCan: can({ issue: true }) });
    expect(may.wrapper.get('[data-testid="issue-open"]').text()).toBe('登记印发');
    expect(may.wrapper.find('[data-testid="plan-issued"]').exists()).toBe(false);
    expect(may.wrapper.text()).toContain('尚未印发');
  });
});
