import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { buildMilestone, nth } from '../../test-support/fixtures';
import { appGlobals, recordingApollo } from '../../test-support/mount';
import MilestoneList from './MilestoneList.vue';

describe('MilestoneList', () => {
  it('marks overdue milestones and only those', () => {
    const late = buildMilestone({ title: '完成22个重点专题研究', dueOn: '2019-11-30', overdue: true });
    const onTime = buildMilestone({ title: '形成规划框架', dueOn: '2021-06-30', overdue: false });
    const wrapper = mount(MilestoneList, { props: { milestones: [onTime, late] }, global: appGlobals() });

    const items = wrapper.findAll('[data-testid="milestone"]');
    const byId = (id: string) => wrapper.get(`[data-milestone-id="${id}"]`);
    expect(byId(late.id).attributes('data-overdue')).toBe('true');
    expect(byId(late.id).classes()).toContain('is-overdue');
    expect(byId(late.id).find('[data-testid="milestone-overdue"]').text()).toBe('已逾期');
    expect(byId(onTime.id).attributes('data-overdue')).toBe('false');
    expect(byId(onTime.id).find('[data-testid="milestone-overdue"]').exists()).toBe(false);
    // earliest due first
    expect(nth(items, 0).attributes('data-milestone-id')).toBe(late.id);
  });

  it('shows the translated status, and a control only where the person may change it', () => {
    const editable = buildMilestone({ status: 'BLOCKED', canUpdate: true });
    const readOnly = buildMilestone({ status: 'DONE', canUpdate: false });
    const wrapper = mount(MilestoneList, {
      props: { milestones: [editable, readOnly] },
      global: appGlobals({ apollo: recordingApollo(() => ({})).client }),
    });
    const item = (id: string) => wrapper.get(`[data-milestone-id="${id}"]`);
    expect(item(editable.id).get('[data-testid="milestone-status"]').text()).toBe('受阻');
    expect(item(readOnly.id).get('[data-testid="milestone-status"]').text()).toBe('已完成');
    expect(item(editable.id).find('[data-testid="milestone-status-select"]').exists()).toBe(true);
    expect(item(readOnly.id).find('[data-testid="milestone-status-select"]').exists()).toBe(false);
  });

  it('sends updateMilestone with a fresh clientMutationId each time', async () => {
    const milestone = buildMilestone({ status: 'IN_PROGRESS', canUpdate: true });
    const { client, operations } = recordingApollo((op) => {
      const input = op.variables.input as { milestoneId: string; status: string; clientMutationId: string };
      return {
        updateMilestone: {
          __typename: 'UpdateMilestonePayload',
          clientMutationId: input.clientMutationId,
          milestone: {
            ...milestone,
            status: input.status,
            phase: {
              __typename: 'Phase',
              id: 'phase-1',
              order: 1,
              name: '前期专题研究',
              startsOn: '2019-05-01',
              endsOn: '2019-12-31',
              status: 'IN_PROGRESS',
              progress: 0.5,
            },
          },
        },
      };
    });
    const wrapper = mount(MilestoneList, {
      props: { milestones: [milestone] },
      global: appGlobals({ apollo: client }),
    });
    const select = wrapper.get('[data-testid="milestone-status-select"]');

    await select.setValue('DONE');
    await flushPromises();
    await select.setValue('BLOCKED');
    await flushPromises();

    const sent = operations.filter((o) => o.operationName === 'UpdateMilestone').map((o) => o.variables.input);
    expect(sent).toMatchObject([
      { milestoneId: milestone.id, status: 'DONE' },
      { milestoneId: milestone.id, status: 'BLOCKED' },
    ]);
    const ids = sent.map((i) => (i as { clientMutationId: string }).clientMutationId);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
