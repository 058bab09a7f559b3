import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ChartModel } from './chart-data';
import { type ChartSize, METRICS } from './chart-size';
import { CHART_FONT, INK, PALETTES, type Theme } from './palette';

export type BarOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** Dark or white text, whichever reads better on a bar of this colour. */
export function labelInk(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return luminance > 0.35 ? '#14202e' : '#ffffff';
}

/** The ECharts option of a bar chart drawn from a model: every number shown comes from `model`. */
export function barOption(model: ChartModel, theme: Theme, size: ChartSize = 'normal'): BarOption {
  const palette = PALETTES[theme];
  const ink = INK[theme];
  const m = METRICS[size];
  const multi = model.series.length > 1;
  const decimals = model.scale?.decimals ?? 0;
  const format = (v: number) => (v === 0 && model.stacked ? '' : v.toFixed(decimals));

  const categoryAxis = {
    type: 'category' as const,
    // The full names are the axis' values, so the tooltip says them; the axis shows the short ones.
    data: model.categories.map((c) => c.fullLabel ?? c.label),
    // First category at the top of a horizontal chart, as in the table.
    inverse: model.horizontal,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: ink.rule } },
    axisLabel: {
      color: ink.text,
      fontSize: m.font,
      fontFamily: CHART_FONT,
      // Every label, never thinned out or cut: long names wrap instead.
      interval: 0,
      hideOverlap: false,
      width: model.horizontal ? m.axisLabelWidth : m.axisLabelWidth / 2,
      overflow: 'break' as const,
      lineHeight: Math.round(m.font * 1.3),
      formatter: (value: string, index: number) => model.categories[index]?.label ?? value,
    },
  };
  const valueAxis = {
    type: 'value' as const,
    ...(model.scale ? { min: 0, max: model.scale.max, interval: 1 } : { minInterval: 1 }),
    splitLine: { lineStyle: { color: ink.rule } },
    axisLabel: { color: ink.muted, fontSize: m.font, fontFamily: CHART_FONT },
  };

  const series: BarSeriesOption[] = model.series.map((s) => {
    const color = palette[s.color];
    const colors = model.categoryColors?.map((key) => palette[key]);
    return {
      type: 'bar',
      name: s.label,
      ...(model.stacked ? { stack: 'total' } : {}),
      barMaxWidth: m.bar,
      emphasis: { focus: 'series' },
      itemStyle: { color },
      data: s.values.map((value, i) => {
        const itemColor = colors?.[i];
        return itemColor ? { value, itemStyle: { color: itemColor } } : value;
      }),
      label: {
        show: true,
        fontSize: m.font,
        fontFamily: CHART_FONT,
        fontWeight: 600,
        position: model.stacked ? 'inside' : model.horizontal ? 'right' : 'top',
        color: model.stacked ? labelInk(color) : ink.text,
        formatter: ({ value }) => format(Number(value)),
      },
    };
  });

  return {
    animationDurationUpdate: 500,
    textStyle: { fontFamily: CHART_FONT, color: ink.text },
    legend: {
      show: multi,
      top: 0,
      left: 0,
      itemWidth: size === 'wall' ? 22 : 12,
      itemHeight: size === 'wall' ? 22 : 12,
      itemGap: size === 'wall' ? 28 : 14,
      textStyle: { color: ink.text, fontSize: m.legend, fontFamily: CHART_FONT },
      // Clicking a legend item would hide a series from the chart but not from the table.
      selectedMode: false,
    },
    grid: {
      left: 4,
      right: model.horizontal && !model.stacked ? m.font * 3 : m.font,
      top: multi ? m.legendHeight : m.font,
      bottom: 4,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip:
      size === 'wall'
        ? { show: false }
        : {
            trigger: 'axis',
            axisPointer: { type: 'shadow' },
            textStyle: { fontFamily: CHART_FONT },
          },
    xAxis: model.horizontal ? valueAxis : categoryAxis,
    yAxis: model.horizontal ? categoryAxis : valueAxis,
    series,
  };
}
