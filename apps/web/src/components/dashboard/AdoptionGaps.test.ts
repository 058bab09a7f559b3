import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { appGlobals } from '../../test-support/mount';
import AdoptionGaps from './AdoptionGaps.vue';

const PLANS = [
  { id: 'plan-master', title: '浙江省应急管理“十四五”规划' },
  { id: 'plan-supplies', title: '应急物资保障规划' },
];

const figures = (byPlan: [string, number][]) => ({
  adoptedNotReflected: byPlan.reduce((sum, [, n]) => sum + n, 0),
  adoptedNotReflectedByPlan: byPlan.map(([id, count]) => ({ __typename: 'CountById' as const, id, count })),
});

const rows = (wrapper: ReturnType<typeof mount>) =>
  wrapper.findAll('[data-testid="adoption-gap-plan"]').map((r) => r.findAll('td').map((c) => c.text()));

describe('AdoptionGaps', () => {
  it('shows how many adopted opinions are not carried out, in all and per plan by its title', () => {
    const wrapper = mount(AdoptionGaps, {
      props: {
        figures: figures([
          ['plan-master', 3],
          ['plan-supplies', 1],
        ]),
        plans: PLANS,
      },
      global: appGlobals(),
    });
    expect(wrapper.find('h2').text()).toBe('采纳意见落实情况');
    expect(wrapper.get('[data-testid="adoption-gap-total"]').text()).toBe('4');
    expect(rows(wrapper)).toEqual([
      ['浙江省应急管理“十四五”规划', '3'],
      ['应急物资保障规划', '1'],
    ]);
  });

  it('follows new figures as a push replaces them', async () => {
    const wrapper = mount(AdoptionGaps, {
      props: { figures: figures([['plan-master', 3]]), plans: PLANS },
      global: appGlobals({ locale: 'en' }),
    });
    await wrapper.setProps({ figures: figures([]) });
    expect(wrapper.get('[data-testid="adoption-gap-total"]').text()).toBe('0');
    expect(rows(wrapper)).toEqual([]);
    expect(wrapper.text()).toContain('Every adopted opinion is carried out or awaits the next version');
  });
});
