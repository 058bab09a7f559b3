import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import PlanDialog from './PlanDialog.vue';
import {
  $,
  type Answer,
  buildPlan,
  choose,
  click,
  GUICAI,
  JIUYUAN,
  KEXIN,
  mountDialog,
  type Sent,
  shownIn,
  type,
  UNITS,
} from './test-kit';

const answerWith =
  (field: 'createPlan' | 'updatePlan', plan = buildPlan()) =>
  (): Answer => ({
    data: {
      [field]: {
        __typename: field === 'createPlan' ? 'CreatePlanPayload' : 'UpdatePlanPayload',
        clientMutationId: null,
        plan,
      },
    },
  });
const nothingSent = (op: Sent): Answer => {
  throw new Error(`nothing should be sent, got ${op.operationName}`);
};
const open = (over: Record<string, unknown> = {}) => ({
  open: true,
  plan: null,
  programId: 'program-1',
  units: UNITS,
  ...over,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PlanDialog', () => {
  it('adds a plan with its kind, lead and co-operating units and issuance note', async () => {
    const { wrapper, sent } = mountDialog(PlanDialog, open(), answerWith('createPlan'));
    await flushPromises();
    await type('plan-title-input', ' 浙江省应急物资保障“十四五”规划 ');
    await click('plan-kind-master');
    await choose(wrapper, 0, JIUYUAN.id);
    await choose(wrapper, 1, [GUICAI.id, KEXIN.id]);
    await type('plan-issuance-input', '省政府办公厅印发');
    await click('plan-submit');
    expect(sent.map((s) => s.operationName)).toEqual(['SettingsCreatePlan']);
    expect(sent[0]?.variables.input).toMatchObject({
      programId: 'program-1',
      title: '浙江省应急物资保障“十四五”规划',
      kind: 'MASTER',
      leadUnitId: JIUYUAN.id,
      coUnitIds: [GUICAI.id, KEXIN.id],
      issuance: '省政府办公厅印发',
    });
    expect(wrapper.emitted('saved')).toHaveLength(1);
    expect(wrapper.emitted('close')).toHaveLength(1);
  });

  it('takes a co-operating unit chosen as the lead off the co-units', async () => {
    const { wrapper, sent } = mountDialog(PlanDialog, open(), answerWith('createPlan'));
    await flushPromises();
    await type('plan-title-input', '规划');
    await choose(wrapper, 1, [GUICAI.id, KEXIN.id]);
    await choose(wrapper, 0, KEXIN.id);
    await click('plan-submit');
    expect(sent[0]?.variables.input).toMatchObject({ leadUnitId: KEXIN.id, coUnitIds: [GUICAI.id] });
  });

  it('asks for a title and a lead unit before asking the server', async () => {
    const { wrapper, sent } = mountDialog(PlanDialog, open(), nothingSent);
    await flushPromises();
    await click('plan-submit');
    expect($('plan-problem')?.textContent).toBe('请填写带 * 的各项');
    expect(sent).toEqual([]);
    expect(wrapper.emitted('close')).toBeUndefined();
  });

  it('edits a plan with the version it was opened at, even once the page has a newer one', async () => {
    const plan = buildPlan({ version: 3 });
    const { wrapper, sent } = mountDialog(PlanDialog, open({ plan }), answerWith('updatePlan'));
    await flushPromises();
    expect(shownIn('plan-title-input')).toBe(plan.title);
    // Someone else's edit reaches the page while the form is open.
    await wrapper.setProps({ plan: { ...plan, version: 4, title: '别人改过的名称' } });
    await type('plan-issuance-input', '');
    await click('plan-submit');
    expect(sent.map((s) => s.operationName)).toEqual(['SettingsUpdatePlan']);
    expect(sent[0]?.variables.input).toMatchObject({
      planId: plan.id,
      title: plan.title,
      leadUnitId: KEXIN.id,
      coUnitIds: [GUICAI.id],
      issuance: null,
      expectedVersion: 3,
    });
    expect(wrapper.emitted('close')).toHaveLength(1);
  });

  it('shows the CONFLICT refusal of a stale edit, takes the plan as it now stands, and asks the page to reload', async () => {
    const plan = buildPlan({ version: 3 });
    let asked = 0;
    const { wrapper, sent } = mountDialog(PlanDialog, open({ plan }), (): Answer => {
      asked += 1;
      if (asked > 1) return answerWith('updatePlan', buildPlan({ version: 6 }))();
      return {
        errors: [
          {
            message: 'The plan was changed by someone else meanwhile (now version 5); reload and edit again.',
            extensions: {
              code: 'CONFLICT',
              reason: 'PLAN_CHANGED',
              facts: { version: '5' },
              current: {
                version: 5,
                title: '科技与装备规划（新名称）',
                leadUnitId: KEXIN.id,
                coUnitIds: [JIUYUAN.id],
                issuance: null,
              },
            },
          },
        ],
      };
    });
    await flushPromises();
    await type('plan-title-input', '我的改动');
    await click('plan-submit');
    expect($('error-text')?.textContent).toBe('该规划已被他人修改（现为第 5 版），请刷新后再改');
    expect($('plan-reloaded')?.textContent).toContain('表单已换成最新内容');
    expect(shownIn('plan-title-input')).toBe('科技与装备规划（新名称）');
    expect(wrapper.emitted('reload')).toHaveLength(1);
    expect(wrapper.emitted('close')).toBeUndefined();

    // Saving again, now from what the server holds, sends its version.
    await click('plan-submit');
    expect(sent[1]?.variables.input).toMatchObject({ expectedVersion: 5, coUnitIds: [JIUYUAN.id], issuance: null });
    expect(wrapper.emitted('close')).toHaveLength(1);
  });
});
