import { flushPromises, mount } from '@vue/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createAppI18n } from '../../i18n';
import { appGlobals, catalogs } from '../../test-support/mount';
import type { BarOption } from './bar-option';
import {
  type ChartModel,
  countOf,
  reviewScoresModel,
  THREAD_STATUSES,
  threadsByPlanModel,
  topicsByStatusModel,
  unitLoadModel,
} from './chart-data';
import DashboardChart from './DashboardChart.vue';
import { buildFigures, NAMES } from './test-fixtures';

// ECharts draws nothing in happy-dom; the stub keeps the option it was given.
const ChartStub = defineComponent({
  name: 'Echarts',
  props: { option: { type: Object, required: true } },
  setup: () => () => h('div', { class: 'chart-stub' }),
});

const { t } = createAppI18n('zh-CN', catalogs).global;
const tr = (key: string, values?: Record<string, unknown>) => t(key, values ?? {});

// The drawing comes with ECharts, in a chunk of its own: fetched once here, then drawn once a
// mounted chart's promises have settled.
beforeAll(() => import('./echarts'));

async function render(model: ChartModel, title = '图表') {
  const wrapper = mount(DashboardChart, {
    props: { model, title },
    global: { ...appGlobals(), stubs: { Echarts: ChartStub } },
  });
  await flushPromises();
  const option = wrapper.getComponent(ChartStub).props('option') as BarOption;
  const table = wrapper.get('[data-testid="chart-table"]');
  const cell = (row: string, column: string) => table.get(`[data-cell="${row}:${column}"]`).text();
  return { wrapper, option, table, cell };
}

// What the category axis shows (its formatter's short names) and what the tooltip names (its values).
function categoryAxis(axis: unknown) {
  const { data, axisLabel } = axis as { data: string[]; axisLabel: { formatter: (v: string, i: number) => string } };
  return { shown: data.map((value, i) => axisLabel.formatter(value, i)), tooltip: data };
}

const seriesData = (option: BarOption) =>
  (option.series as { name: string; data: (number | { value: number })[] }[]).map((s) => ({
    name: s.name,
    values: s.data.map((d) => (typeof d === 'number' ? d : d.value)),
  }));

describe('DashboardChart: the numbers in the accessible table are the numbers of the chart', () => {
  it('tabulates opinions per plan by disposition, with totals, exactly as the figures say', async () => {
    const figures = buildFigures();
    const { option, table, cell } = await render(threadsByPlanModel(figures, NAMES, tr), '各规划意见处理情况');

    expect(table.get('caption').text()).toBe('各规划意见处理情况');
    expect(table.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['规划', 'col'],
      ['待处理', 'col'],
      ['采纳', 'col'],
      ['部分采纳', 'col'],
      ['不采纳', 'col'],
      ['已撤回', 'col'],
      ['合计', 'col'],
    ]);
    // Rows name plans in full (the axis uses a short name) with row headers.
    expect(table.findAll('tbody th[scope="row"]').map((th) => th.text())).toEqual([
      '浙江省应急管理“十四五”规划',
      '浙江省应急管理科技与装备“十四五”规划',
    ]);
    for (const group of figures.threadsByPlan) {
      for (const status of THREAD_STATUSES) expect(cell(group.id, status)).toBe(String(countOf(group.counts, status)));
    }
    expect(cell('plan-master', 'total')).toBe('21');

    // The chart: one stacked series per disposition, the same numbers in the same order.
    expect(option.yAxis).toMatchObject({ type: 'category' });
    expect(categoryAxis(option.yAxis)).toEqual({
      shown: ['总体规划', '科技与装备'],
      tooltip: ['浙江省应急管理“十四五”规划', '浙江省应急管理科技与装备“十四五”规划'],
    });
    expect(seriesData(option)).toEqual(
      THREAD_STATUSES.map((status) => ({
        name: t(`thread.status.${status}`),
        values: figures.threadsByPlan.map((g) => countOf(g.counts, status)),
      })),
    );
    expect((option.series as { stack?: string }[]).every((s) => s.stack === 'total')).toBe(true);
    expect(option.legend).toMatchObject({ show: true });
  });

  it('tabulates a single series by status (topics) with the chart’s per-status values', async () => {
    const figures = buildFigures();
    const { option, table, cell } = await render(topicsByStatusModel(figures, tr));
    expect(table.findAll('tbody th').map((th) => th.text())).toEqual(['未开始', '进行中', '已完成', '受阻']);
    expect(['PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED'].map((s) => cell(s, 'count'))).toEqual(['2', '5', '14', '1']);
    expect(seriesData(option)).toEqual([{ name: '专题数', values: [2, 5, 14, 1] }]);
    // A single series has no total column.
    expect(table.find('[data-cell="DONE:total"]').exists()).toBe(false);
  });

  it('shows average review scores to two decimals, labelled by plan and version', async () => {
    const figures = buildFigures();
    const { option, table, cell } = await render(reviewScoresModel(figures, NAMES, tr));
    expect(table.get('tbody th').text()).toBe('浙江省应急管理“十四五”规划 第 2 版');
    expect(cell('draft-m2', 'foresight')).toBe('4.33');
    expect(cell('draft-m2', 'scientific')).toBe('3.50');
    expect(cell('draft-m2', 'operability')).toBe('4.00');
    expect(seriesData(option).map((s) => s.values[0])).toEqual([4.33, 3.5, 4]);
    expect(option.xAxis).toMatchObject({ max: 5 });
  });

  it('sorts unit load, most loaded first, in chart and table alike', async () => {
    const figures = buildFigures();
    const { option, table } = await render(unitLoadModel(figures, tr));
    expect(table.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))).toEqual([
      ['省应急管理厅规财处', '7', '0', '7'],
      ['省应急管理厅应急救援处', '1', '2', '3'],
    ]);
    expect(categoryAxis(option.yAxis)).toEqual({
      shown: ['规财处', '应急救援处'],
      tooltip: ['省应急管理厅规财处', '省应急管理厅应急救援处'],
    });
    expect(seriesData(option)).toEqual([
      { name: '待答复意见', values: [7, 1] },
      { name: '逾期事项', values: [0, 2] },
    ]);
  });

  it('keeps the table for screen readers only until asked to show it, and the chart out of their way', async () => {
    const { wrapper } = await render(topicsByStatusModel(buildFigures(), tr));
    expect(wrapper.get('.table-wrap').classes()).toContain('is-hidden');
    expect(wrapper.get('[data-testid="chart-canvas"]').attributes('aria-hidden')).toBe('true');
    await wrapper.setProps({ showTable: true });
    expect(wrapper.get('.table-wrap').classes()).not.toContain('is-hidden');
  });

  it('says there is nothing to show instead of drawing an empty chart', async () => {
    const figures = buildFigures({ reviewScores: [] });
    const wrapper = mount(DashboardChart, {
      props: { model: reviewScoresModel(figures, NAMES, tr), title: '评分', emptyText: '暂无已提交的专家评审' },
      global: { ...appGlobals(), stubs: { Echarts: ChartStub } },
    });
    await flushPromises();
    expect(wrapper.findComponent(ChartStub).exists()).toBe(false);
    expect(wrapper.text()).toContain('暂无已提交的专家评审');
    expect(wrapper.get('[data-testid="chart-table"] tbody').text()).toBe('暂无数据');
  });

  it('says 暂无数据 instead of drawing zero bars when every count is zero', async () => {
    const figures = buildFigures({ topicsByStatus: [] });
    const wrapper = mount(DashboardChart, {
      props: { model: topicsByStatusModel(figures, tr), title: '专题' },
      global: { ...appGlobals(), stubs: { Echarts: ChartStub } },
    });
    await flushPromises();
    expect(wrapper.findComponent(ChartStub).exists()).toBe(false);
    expect(wrapper.get('.empty').text()).toBe('暂无数据');
  });
});
