import { flushPromises, mount } from '@vue/test-utils';
import { ElOption } from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import { ApolloKey } from '../../graphql/apollo';
import { appGlobals } from '../../test-support/mount';
import { answeringApollo } from '../plans/test-fixtures';
import PublishDraftDialog from './PublishDraftDialog.vue';

const PLAN = { id: 'plan-tech', title: '浙江省应急管理科技与装备“十四五”规划', stage: 'CONSULTATION' as const };

function mountDialog(publishableStages: string[]) {
  const apollo = answeringApollo((op) => {
    if (op.operationName !== 'PublishableStages') throw new Error(`unexpected operation ${op.operationName}`);
    return {
      data: { __typename: 'Query', node: { __typename: 'Plan', id: PLAN.id, stage: PLAN.stage, publishableStages } },
    };
  });
  const wrapper = mount(PublishDraftDialog, {
    props: { open: true, plan: PLAN },
    global: { ...appGlobals({ apollo: apollo.client }), provide: { [ApolloKey as symbol]: apollo.client } },
    attachTo: document.body,
  });
  return { wrapper, sent: apollo.sent };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PublishDraftDialog', () => {
  it('offers only the stages the server says a new version may take: the current one and the next', async () => {
    const { wrapper, sent } = mountDialog(['CONSULTATION', 'REVIEW']);
    await flushPromises();
    expect(sent).toMatchObject([{ operationName: 'PublishableStages', variables: { id: PLAN.id } }]);
    const offered = wrapper.findAllComponents(ElOption).map((o) => o.props('value'));
    expect(offered).toEqual(['CONSULTATION', 'REVIEW']);
    expect(document.body.querySelector('[data-testid="publish-no-stage"]')).toBeNull();
  });

  it('says no version can be published once approval has begun, and does not offer to publish', async () => {
    const { wrapper } = mountDialog([]);
    await flushPromises();
    expect(wrapper.findAllComponents(ElOption)).toHaveLength(0);
    expect(document.body.querySelector('[data-testid="publish-no-stage"]')?.textContent).toBe(
      '规划已进入审批，暂不能发布新版本',
    );
    expect(document.body.querySelector<HTMLButtonElement>('[data-testid="publish-submit"]')?.disabled).toBe(true);
  });
});
