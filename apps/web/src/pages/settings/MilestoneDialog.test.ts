import type { SettingsMilestoneFragment } from '@gongbian/graphql-client';
import { flushPromises } from '@vue/test-utils';
import { ElDatePicker } from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import MilestoneDialog from './MilestoneDialog.vue';
import { $, type Answer, choose, click, GUICAI, KEXIN, mountDialog, shownIn, type, UNITS } from './test-kit';

const PHASE = { id: 'phase-3', name: '征求意见', startsOn: '2020-11-01', endsOn: '2021-03-31' };
const MILESTONE: SettingsMilestoneFragment = {
  __typename: 'Milestone',
  id: 'm-7',
  title: '完成专项规划征求意见稿',
  dueOn: '2021-01-31',
  status: 'IN_PROGRESS',
  version: 2,
  ownerUnit: GUICAI,
};
const edited = (milestone: SettingsMilestoneFragment) => (): Answer => ({
  data: { editMilestone: { __typename: 'EditMilestonePayload', clientMutationId: null, milestone } },
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('MilestoneDialog', () => {
  it('offers only the days of its phase and adds the milestone with its owner unit', async () => {
    const { wrapper, sent } = mountDialog(
      MilestoneDialog,
      { phase: PHASE, units: UNITS },
      (): Answer => ({
        data: {
          createMilestone: {
            __typename: 'CreateMilestonePayload',
            clientMutationId: null,
            milestone: {
              __typename: 'Milestone',
              id: 'm-new',
              title: '完成衔接',
              dueOn: '2021-01-15',
              status: 'PLANNED',
              version: 1,
              ownerUnit: GUICAI,
            },
          },
        },
      }),
    );
    await flushPromises();
    const picker = wrapper.findComponent(ElDatePicker);
    const disabled = picker.props('disabledDate') as (d: Date) => boolean;
    expect(disabled(new Date(2020, 9, 31))).toBe(true);
    expect(disabled(new Date(2020, 10, 1))).toBe(false);
    expect(disabled(new Date(2021, 2, 31))).toBe(false);
    expect(disabled(new Date(2021, 3, 1))).toBe(true);

    await type('milestone-title-input', ' 完成衔接 ');
    picker.vm.$emit('update:modelValue', '2021-01-15');
    await choose(wrapper, 0, GUICAI.id);
    await click('milestone-submit');
    expect(sent.map((s) => s.operationName)).toEqual(['SettingsCreateMilestone']);
    expect(sent[0]?.variables.input).toMatchObject({
      phaseId: PHASE.id,
      title: '完成衔接',
      dueOn: '2021-01-15',
      ownerUnitId: GUICAI.id,
    });
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('shows the server’s refusal of a due date outside the phase', async () => {
    const { wrapper } = mountDialog(MilestoneDialog, { phase: PHASE, units: UNITS }, () => ({
      errors: [
        {
          message: 'must fall within the phase, 2020-11-01 to 2021-03-31.',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'DUE_OUTSIDE_PROGRAMME',
            facts: { startsOn: '2020-11-01', endsOn: '2021-03-31' },
          },
        },
      ],
    }));
    await flushPromises();
    await type('milestone-title-input', '完成衔接');
    wrapper.findComponent(ElDatePicker).vm.$emit('update:modelValue', '2021-06-01');
    await click('milestone-submit');
    expect($('error-text')?.textContent).toBe('完成时间须在 2020-11-01 至 2021-03-31 之间');
    expect(wrapper.emitted('close')).toBeUndefined();
  });

  it('edits a milestone with the version it was opened at, its owner cleared', async () => {
    const { wrapper, sent } = mountDialog(
      MilestoneDialog,
      { phase: PHASE, milestone: MILESTONE, units: UNITS },
      edited({ ...MILESTONE, ownerUnit: null, version: 3 }),
    );
    await flushPromises();
    expect(shownIn('milestone-title-input')).toBe(MILESTONE.title);
    // The page receives the milestone anew (a status update) while the form is open.
    await wrapper.setProps({ milestone: { ...MILESTONE, status: 'DONE', version: 3 } });
    wrapper.findComponent(ElDatePicker).vm.$emit('update:modelValue', '2021-02-28');
    await choose(wrapper, 0, null);
    await click('milestone-submit');
    expect(sent.map((s) => s.operationName)).toEqual(['SettingsEditMilestone']);
    expect(sent[0]?.variables.input).toMatchObject({
      milestoneId: MILESTONE.id,
      title: MILESTONE.title,
      dueOn: '2021-02-28',
      ownerUnitId: null,
      expectedVersion: 2,
    });
    expect(wrapper.emitted('close')).toHaveLength(1);
  });

  it('shows the CONFLICT refusal of a stale edit, takes the milestone as it now stands, and asks the page to reload', async () => {
    let asked = 0;
    const { wrapper, sent } = mountDialog(MilestoneDialog, { phase: PHASE, milestone: MILESTONE, units: UNITS }, () => {
      asked += 1;
      if (asked > 1) return edited({ ...MILESTONE, version: 5 })();
      return {
        errors: [
          {
            message: 'The milestone was changed by someone else meanwhile (now version 4); reload and edit again.',
            extensions: {
              code: 'CONFLICT',
              reason: 'MILESTONE_CHANGED',
              facts: { version: '4' },
              current: { version: 4, title: '别人改过的节点', dueOn: '2021-03-15', ownerUnitId: KEXIN.id },
            },
          },
        ],
      };
    });
    await flushPromises();
    await type('milestone-title-input', '我的改动');
    await click('milestone-submit');
    expect($('error-text')?.textContent).toBe('该节点已被他人修改（现为第 4 版），请核对后再保存');
    expect($('milestone-reloaded')?.textContent).toContain('表单已换成最新内容');
    expect(shownIn('milestone-title-input')).toBe('别人改过的节点');
    expect(wrapper.emitted('reload')).toHaveLength(1);
    expect(wrapper.emitted('close')).toBeUndefined();

    await click('milestone-submit');
    expect(sent[1]?.variables.input).toMatchObject({
      expectedVersion: 4,
      title: '别人改过的节点',
      dueOn: '2021-03-15',
      ownerUnitId: KEXIN.id,
    });
    expect(wrapper.emitted('close')).toHaveLength(1);
  });
});
