import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ApolloKey } from '../../graphql/apollo';
import { appGlobals } from '../../test-support/mount';
import FilingDialog from './FilingDialog.vue';
import IssueDialog from './IssueDialog.vue';
import { type Answer, answeringApollo, buildLifecyclePlan, type Sent } from './test-fixtures';

function mountWith(
  component: Parameters<typeof mount>[0],
  props: Record<string, unknown>,
  respond: (op: Sent) => Answer,
) {
  const apollo = answeringApollo(respond);
  const wrapper = mount(component, {
    props,
    global: { ...appGlobals({ apollo: apollo.client }), provide: { [ApolloKey as symbol]: apollo.client } },
    attachTo: document.body,
  });
  return { wrapper, sent: apollo.sent };
}

// The dialogs are teleported to the body.
const $ = <E extends HTMLElement = HTMLElement>(testId: string) =>
  document.body.querySelector<E>(`[data-testid="${testId}"]`);
async function type(testId: string, text: string) {
  const input = $<HTMLInputElement>(testId);
  if (!input) throw new Error(`no ${testId}`);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await flushPromises();
}

const planAnswer = (field: string) => (): Answer => ({
  data: {
    __typename: 'Mutation',
    [field]: { __typename: 'Payload', clientMutationId: null, plan: buildLifecyclePlan() },
  },
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('IssueDialog', () => {
  it('shows the 文号’s form in its placeholder and records the issue of the newest version, dated today unless changed', async () => {
    const { wrapper, sent } = mountWith(
      IssueDialog,
      { open: true, draftId: 'draft-2', today: '2021-09-30' },
      planAnswer('issuePlan'),
    );
    await flushPromises();
    expect($('issue-doc-number')?.getAttribute('placeholder')).toBe('例如：浙应急规划〔2021〕5号');
    await type('issue-doc-number', ' 浙应急规划〔2021〕5号 ');
    await type('issue-issuer', '浙江省应急管理厅');
    $('issue-submit')?.click();
    await flushPromises();
    expect(sent.map((s) => s.operationName)).toEqual(['IssuePlan']);
    expect(sent[0]?.variables.input).toMatchObject({
      draftId: 'draft-2',
      docNumber: '浙应急规划〔2021〕5号',
      issuedOn: '2021-09-30',
      issuer: '浙江省应急管理厅',
    });
    expect(wrapper.emitted('close')).toHaveLength(1);
  });

  it('asks for the 文号 and the issuer before asking the server, and shows the server’s refusal of a malformed 文号', async () => {
    const { wrapper, sent } = mountWith(IssueDialog, { open: true, draftId: 'draft-2', today: '2021-09-30' }, () => ({
      errors: [
        {
          message: 'write the 文号 as …',
          extensions: { code: 'BAD_USER_INPUT', reason: 'DOC_NUMBER_FORMAT', facts: { max: '60' } },
        },
      ],
    }));
    await flushPromises();
    $('issue-submit')?.click();
    await flushPromises();
    expect(sent).toEqual([]);
    expect(document.body.textContent).toContain('请填写文号、印发日期和印发机关');

    await type('issue-doc-number', '5号');
    await type('issue-issuer', '浙江省应急管理厅');
    $('issue-submit')?.click();
    await flushPromises();
    expect($('error-text')?.textContent).toBe(
      '请按“发文机关代字〔年份〕序号号”填写文号，如“浙应急规划〔2021〕5号”（不超过 60 字）',
    );
    expect(wrapper.emitted('close')).toBeUndefined();
  });
});

describe('FilingDialog', () => {
  it('records the 备案 of the plan, dated today unless changed', async () => {
    const { wrapper, sent } = mountWith(
      FilingDialog,
      { open: true, planId: 'plan-tech', earliest: '2021-09-30', today: '2021-10-15' },
      planAnswer('recordFiling'),
    );
    await flushPromises();
    $('filing-submit')?.click();
    await flushPromises();
    expect(sent.map((s) => s.operationName)).toEqual(['RecordFiling']);
    expect(sent[0]?.variables.input).toMatchObject({ planId: 'plan-tech', filedOn: '2021-10-15' });
    expect(wrapper.emitted('close')).toHaveLength(1);
  });
});
