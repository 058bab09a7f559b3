import { flushPromises, mount } from '@vue/test-utils';
import { ElOption } from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import { ApolloKey } from '../../graphql/apollo';
import { appGlobals } from '../../test-support/mount';
import DecisionDialog from './DecisionDialog.vue';
import { type Answer, answeringApollo, buildApproval, buildLifecyclePlan, type Sent } from './test-fixtures';

const meeting = (id: string, title: string, conclusion: { verdict: string; text: string } | null) => ({
  __typename: 'Meeting',
  id,
  title,
  startsAt: '2020-11-10T02:00:00.000Z',
  conclusion: conclusion && { __typename: 'MeetingConclusion', ...conclusion },
});

const MEETINGS = {
  data: {
    __typename: 'Query',
    program: {
      __typename: 'Program',
      id: 'program-1',
      meetings: {
        __typename: 'MeetingConnection',
        edges: [
          { __typename: 'MeetingEdge', node: meeting('m-open', '科技装备规划专家论证会（二）', null) },
          {
            __typename: 'MeetingEdge',
            node: meeting('m-done', '科技装备规划专家论证会', {
              verdict: 'PASSED_WITH_REVISIONS',
              text: '原则通过，按意见修改。',
            }),
          },
        ],
      },
    },
  },
};

function mountDialog(approval = buildApproval({ version: 3 }), respond: (op: Sent) => Answer) {
  const apollo = answeringApollo(respond);
  const wrapper = mount(DecisionDialog, {
    props: { approval, planId: 'plan-tech', programId: 'program-1' },
    global: { ...appGlobals({ apollo: apollo.client }), provide: { [ApolloKey as symbol]: apollo.client } },
    attachTo: document.body,
  });
  return { wrapper, sent: apollo.sent };
}

// The dialog is teleported to the body.
const $ = (testId: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const click = async (testId: string) => {
  $(testId)?.click();
  await flushPromises();
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('DecisionDialog', () => {
  it('decides 专家论证 on the 专家论证会 with a recorded conclusion, shows its verdict, and sends the version it was shown', async () => {
    const approval = buildApproval({ step: 'EXPERT_ARGUMENT', version: 3 });
    const { wrapper, sent } = mountDialog(approval, (op) =>
      op.operationName === 'ExpertMeetings'
        ? MEETINGS
        : {
            data: {
              decideApproval: {
                __typename: 'DecideApprovalPayload',
                clientMutationId: null,
                approval: { ...approval, decision: 'APPROVED', version: 4 },
                plan: buildLifecyclePlan(),
              },
            },
          },
    );
    await flushPromises();
    expect(sent[0]).toMatchObject({
      operationName: 'ExpertMeetings',
      variables: { programId: 'program-1', planId: 'plan-tech' },
    });
    expect(wrapper.findAllComponents(ElOption).map((o) => o.props('value'))).toEqual(['m-done']);
    // The meeting without a conclusion cannot be cited; the one that has one is chosen, its verdict shown.
    expect($('decision-verdict')?.textContent).toContain('修改后通过');
    expect($('decision-verdict')?.textContent).toContain('原则通过，按意见修改。');
    await click('decision-submit');
    const decide = sent.find((s) => s.operationName === 'DecideApproval');
    expect(decide?.variables.input).toMatchObject({
      approvalId: approval.id,
      decision: 'APPROVED',
      meetingId: 'm-done',
      expectedVersion: 3,
      opinion: '',
    });
    expect(wrapper.emitted('close')).toHaveLength(1);
  });

  it('says so when no 专家论证会 about the plan has a conclusion yet, and sends nothing', async () => {
    const none = {
      data: {
        __typename: 'Query',
        program: { ...MEETINGS.data.program, meetings: { __typename: 'MeetingConnection', edges: [] } },
      },
    };
    const { sent } = mountDialog(buildApproval(), () => none);
    await flushPromises();
    expect($('decision-no-meetings')?.textContent).toContain('尚无已记录结论的专家论证会');
    await click('decision-submit');
    expect($('decision-problem')?.textContent).toBe('请选择依据的专家论证会');
    expect(sent.map((s) => s.operationName)).toEqual(['ExpertMeetings']);
  });

  it('asks why before returning a step, without asking the server', async () => {
    const { sent } = mountDialog(buildApproval({ step: 'LEADING_GROUP_REVIEW' }), () => {
      throw new Error('nothing should be sent');
    });
    await flushPromises();
    // The leading group's review cites no 专家论证会: no picker, no meetings asked for.
    expect($('decision-meeting')).toBeNull();
    const returned = document.body.querySelector<HTMLInputElement>('[data-testid="decision-return"] input');
    returned?.click();
    await flushPromises();
    await click('decision-submit');
    expect($('decision-problem')?.textContent).toBe('退回时请填写意见');
    expect(sent).toEqual([]);
  });

  it('shows the refusal when someone decided meanwhile (CONFLICT) and asks the page to reload', async () => {
    const { wrapper } = mountDialog(buildApproval({ step: 'LEADING_GROUP_REVIEW', version: 1 }), () => ({
      errors: [
        {
          message: 'This approval changed meanwhile (now version 2, APPROVED); look again before deciding.',
          extensions: { code: 'CONFLICT', reason: 'APPROVAL_CHANGED', facts: { version: '2' } },
        },
      ],
    }));
    await flushPromises();
    await click('decision-submit');
    expect($('error-text')?.textContent).toBe('该审批事项已被他人处理（现为第 2 版），请刷新后再决定');
    expect(wrapper.emitted('reload')).toHaveLength(1);
    expect(wrapper.emitted('close')).toBeUndefined();
  });
});
