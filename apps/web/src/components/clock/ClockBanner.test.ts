import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { appGlobals } from '../../test-support/mount';
import ClockBanner from './ClockBanner.vue';

describe('ClockBanner', () => {
  it('says the clock is set when it is, in either language', () => {
    const zh = mount(ClockBanner, { props: { today: '2020-11-16', fixed: true }, global: appGlobals() });
    expect(zh.get('[data-testid="clock-banner"]').text()).toContain('演示时钟：2020-11-16');
    const en = mount(ClockBanner, {
      props: { today: '2020-11-16', fixed: true },
      global: appGlobals({ locale: 'en' }),
    });
    expect(en.text()).toContain('Clock set to 2020-11-16');
  });

  it('stays out of the way when the clock follows the calendar', () => {
    const wrapper = mount(ClockBanner, { props: { today: '2026-03-02', fixed: false }, global: appGlobals() });
    expect(wrapper.find('[data-testid="clock-banner"]').exists()).toBe(false);
  });
});
