import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { buildPhases, nth } from '../../test-support/fixtures';
import { appGlobals } from '../../test-support/mount';
import PhaseTimeline from './PhaseTimeline.vue';

const percent = (style: string | undefined, prop: 'left' | 'width') =>
  Number(new RegExp(`${prop}:\\s*([\\d.]+)%`).exec(style ?? '')?.[1]);

describe('PhaseTimeline', () => {
  it('places today’s marker inside phase 3, after phase 2 and before phase 4', () => {
    const wrapper = mount(PhaseTimeline, {
      global: appGlobals(),
      props: { phases: buildPhases(), currentPhaseId: 'phase-3', today: '2020-11-16' },
    });
    const marker = wrapper.get('[data-testid="today-marker"]');
    expect(marker.attributes('data-phase-id')).toBe('phase-3');
    expect(marker.text()).toContain('今天 2020-11-16');

    const segments = wrapper.findAll('[data-testid="phase-segment"]');
    const at = percent(marker.attributes('style'), 'left');
    const boxes = segments.map((s) => ({
      left: percent(s.attributes('style'), 'left'),
      width: percent(s.attributes('style'), 'width'),
    }));
    const [p2, p3, p4] = [nth(boxes, 1), nth(boxes, 2), nth(boxes, 3)];
    expect(at).toBeGreaterThan(p2.left + p2.width);
    expect(at).toBeGreaterThan(p3.left);
    expect(at).toBeLessThan(p3.left + p3.width);
    expect(at).toBeLessThan(p4.left);
  });

  it('shows the four phases in order, with span and status, and highlights the current one', () => {
    const shuffled = buildPhases().reverse();
    const wrapper = mount(PhaseTimeline, {
      global: appGlobals(),
      props: { phases: shuffled, currentPhaseId: 'phase-3', today: '2020-11-16' },
    });
    const cards = wrapper.findAll('[data-testid="phase"]');
    expect(cards.map((c) => c.attributes('data-phase-id'))).toEqual(['phase-1', 'phase-2', 'phase-3', 'phase-4']);
    expect(nth(cards, 0).text()).toContain('2019-05 至 2019-12');
    expect(nth(cards, 2).get('[data-testid="phase-status"]').text()).toBe('进行中');
    expect(cards.filter((c) => c.classes('is-current')).map((c) => c.attributes('data-phase-id'))).toEqual(['phase-3']);
    expect(nth(cards, 2).attributes('aria-current')).toBe('step');
  });

  it('renders what the page puts in each phase (its milestones)', () => {
    const wrapper = mount(PhaseTimeline, {
      global: appGlobals(),
      props: { phases: buildPhases(), currentPhaseId: null, today: null },
      slots: { phase: ({ phase }: { phase: { name: string } }) => h('p', { class: 'slot' }, phase.name) },
    });
    expect(wrapper.findAll('.slot').map((s) => s.text())).toEqual([
      '前期专题研究',
      '形成规划框架',
      '规划编制与衔接',
      '规划审议报批',
    ]);
    expect(wrapper.find('[data-testid="today-marker"]').exists()).toBe(false);
  });

  it('speaks English when asked', () => {
    const wrapper = mount(PhaseTimeline, {
      global: appGlobals({ locale: 'en' }),
      props: { phases: buildPhases(), currentPhaseId: 'phase-3', today: '2020-11-16' },
    });
    expect(wrapper.get('[data-testid="today-marker"]').text()).toBe('Today 2020-11-16');
    expect(wrapper.get('[data-testid="phase"]').text()).toContain('Phase 1');
  });
});
