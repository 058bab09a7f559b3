import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { appGlobals } from '../../test-support/mount';
import StageStepper from './StageStepper.vue';

const steps = (wrapper: ReturnType<typeof mount>) =>
  wrapper.findAll('[data-testid="stage-step"]').map((s) => ({
    stage: s.attributes('data-stage'),
    state: s.attributes('data-state'),
    current: s.attributes('aria-current') ?? null,
  }));

describe('StageStepper', () => {
  it('shows the six stages in order, those before the current one done, the current one marked for a screen reader too', () => {
    const wrapper = mount(StageStepper, { props: { stage: 'REVIEW' }, global: appGlobals() });
    expect(steps(wrapper)).toEqual([
      { stage: 'OUTLINE', state: 'done', current: null },
      { stage: 'FRAMEWORK', state: 'done', current: null },
      { stage: 'CONSULTATION', state: 'done', current: null },
      { stage: 'REVIEW', state: 'current', current: 'step' },
      { stage: 'APPROVED', state: 'upcoming', current: null },
      { stage: 'ISSUED', state: 'upcoming', current: null },
    ]);
    const labels = wrapper.findAll('[data-testid="stage-step"] .label').map((l) => l.text());
    expect(labels).toEqual(['编制思路', '规划框架', '征求意见稿', '送审稿', '已批准', '已印发']);
    // In words, not by colour alone: each step says whether it is done, current or still to come.
    const current = wrapper.get('[aria-current="step"]');
    expect(current.text()).toContain('当前阶段');
    expect(wrapper.findAll('[data-state="done"]').every((s) => s.text().includes('已完成'))).toBe(true);
    expect(wrapper.get('[data-stage="ISSUED"][data-testid="stage-step"]').text()).toContain('未到');
    expect(wrapper.get('ol').attributes('aria-label')).toBe('编制阶段');
  });

  it('marks the first stage current with nothing done, and the last with everything done', () => {
    const first = mount(StageStepper, { props: { stage: 'OUTLINE' }, global: appGlobals() });
    expect(steps(first).map((s) => s.state)).toEqual([
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    const last = mount(StageStepper, { props: { stage: 'ISSUED' }, global: appGlobals() });
    expect(steps(last).map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'current']);
  });

  it('follows the plan when its stage moves on', async () => {
    const wrapper = mount(StageStepper, { props: { stage: 'REVIEW' }, global: appGlobals() });
    await wrapper.setProps({ stage: 'APPROVED' });
    expect(wrapper.get('[aria-current="step"]').attributes('data-stage')).toBe('APPROVED');
  });

  it('speaks English when asked', () => {
    const wrapper = mount(StageStepper, { props: { stage: 'CONSULTATION' }, global: appGlobals({ locale: 'en' }) });
    expect(wrapper.get('ol').attributes('aria-label')).toBe('Drafting stages');
    expect(wrapper.get('[aria-current="step"]').text()).toContain('Current stage');
  });
});
