import { flushPromises } from '@vue/test-utils';
import { ElDatePicker } from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import MilestoneDialog from './MilestoneDialog.vue';
import { $, type Answer, choose, click, GUICAI, mountDialog, type, UNITS } from './test-kit';

const PHASE = { id: 'phase-3', name: '征求意见', startsOn: '2020-11-01', endsOn: '2021-03-31' };

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
});
