import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildFigures } from '../../components/dashboard/test-fixtures';
import { dashboardGlobals } from './test-kit';
import WallPage from './WallPage.vue';

type Wrapper = ReturnType<typeof mount>;
const panel = (w: Wrapper) => w.get('[data-testid="wall"]').attributes('data-panel');

async function mountWall() {
  const kit = dashboardGlobals();
  const wrapper = mount(WallPage, { global: kit.global, attachTo: document.body });
  await vi.advanceTimersByTimeAsync(0);
  await flushPromises();
  await vi.advanceTimersByTimeAsync(0);
  return { wrapper, ...kit };
}

describe('WallPage rotation', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('turns to the next panel every 15 seconds, round and round', async () => {
    const { wrapper } = await mountWall();
    expect(panel(wrapper)).toBe('phases');
    expect(wrapper.findAll('[data-testid="wall-phase"]')).toHaveLength(4);

    await vi.advanceTimersByTimeAsync(14_900);
    expect(panel(wrapper)).toBe('phases');
    await vi.advanceTimersByTimeAsync(100);
    expect(panel(wrapper)).toBe('opinions');
    await vi.advanceTimersByTimeAsync(15_000);
    expect(panel(wrapper)).toBe('reviews');
    await vi.advanceTimersByTimeAsync(15_000);
    expect(panel(wrapper)).toBe('load');
    await vi.advanceTimersByTimeAsync(15_000);
    expect(panel(wrapper)).toBe('phases');
    wrapper.unmount();
  });

  it('holds a panel while paused, and moves on by hand with next, previous and the panel tabs', async () => {
    const { wrapper } = await mountWall();
    await wrapper.get('[data-testid="wall-pause"]').trigger('click');
    expect(wrapper.get('[data-testid="wall"]').attributes('data-paused')).toBe('true');
    expect(wrapper.get('[data-testid="wall-pause"]').text()).toContain('继续轮播');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(panel(wrapper)).toBe('phases');

    await wrapper.get('[data-testid="wall-next"]').trigger('click');
    expect(panel(wrapper)).toBe('opinions');
    await wrapper.get('[data-testid="wall-previous"]').trigger('click');
    await wrapper.get('[data-testid="wall-previous"]').trigger('click');
    expect(panel(wrapper)).toBe('load');
    await wrapper.get('[data-testid="wall-tab"][data-panel="reviews"]').trigger('click');
    expect(panel(wrapper)).toBe('reviews');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(panel(wrapper)).toBe('reviews');

    // Resumed, the panel gets its full 15 seconds again.
    await wrapper.get('[data-testid="wall-pause"]').trigger('click');
    await vi.advanceTimersByTimeAsync(14_000);
    expect(panel(wrapper)).toBe('reviews');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(panel(wrapper)).toBe('load');
    wrapper.unmount();
  });

  it('answers the keyboard: space pauses, arrows move', async () => {
    const { wrapper } = await mountWall();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    await flushPromises();
    expect(panel(wrapper)).toBe('opinions');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: ' ' }));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(panel(wrapper)).toBe('opinions');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }));
    await flushPromises();
    expect(panel(wrapper)).toBe('phases');
    wrapper.unmount();
  });

  it('stays live while it rotates: a push changes the numbers on the panel shown', async () => {
    const { wrapper, socket } = await mountWall();
    await wrapper.get('[data-testid="wall-tab"][data-panel="opinions"]').trigger('click');
    const count = (s: string) => wrapper.get(`[data-testid="wall-thread-count"][data-status="${s}"] dd`).text();
    expect([count('OPEN'), count('ADOPTED')]).toEqual(['8', '5']);

    const before = buildFigures();
    socket.push(
      '41.2',
      buildFigures({
        asOf: '2020-11-16T01:05:00.000Z',
        threadsByStatus: before.threadsByStatus.map((c) =>
          c.status === 'OPEN' ? { ...c, count: 7 } : c.status === 'ADOPTED' ? { ...c, count: 6 } : c,
        ),
      }),
    );
    await flushPromises();
    expect([count('OPEN'), count('ADOPTED')]).toEqual(['7', '6']);
    // Every figure on the wall is written out, none only on hover: the chart's table is in the DOM.
    expect(wrapper.find('[data-testid="chart-table"][data-chart="threads-by-plan"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('shows each panel’s own figures: the units’ load beside its chart, the overdue lists under the reviews', async () => {
    const { wrapper } = await mountWall();
    await wrapper.get('[data-testid="wall-tab"][data-panel="load"]').trigger('click');
    const totals = wrapper
      .findAll('[data-testid="wall-load-total"]')
      .map((c) => [c.attributes('data-key'), c.attributes('data-value'), c.get('dd').text()]);
    expect(totals).toEqual([
      ['units', '2', '2'],
      ['openThreads', '8', '8'],
      ['overdueItems', '2', '2'],
    ]);
    expect(wrapper.find('[data-testid="chart-table"][data-chart="unit-load"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="overdue-list"]').exists()).toBe(false);

    await wrapper.get('[data-testid="wall-tab"][data-panel="reviews"]').trigger('click');
    expect(wrapper.findAll('[data-testid="wall-load-total"]')).toHaveLength(0);
    const charts = wrapper.findAll('[data-testid="chart-table"]').map((c) => c.attributes('data-chart'));
    expect(charts).toEqual(['reviews-by-status', 'review-scores']);
    expect(wrapper.findAll('[data-testid="overdue-list"]').length).toBeGreaterThan(0);
    wrapper.unmount();
  });
});
