// How big a chart is drawn: the page's bars or the wall display's. Apart from bar-option.ts, which
// comes with ECharts, so that a chart's frame can take its height before ECharts is there.
import type { ChartModel } from './chart-data';

export type ChartSize = 'normal' | 'wall';

export const METRICS = {
  normal: { font: 12, legend: 12, bar: 22, row: 34, axisLabelWidth: 150, legendHeight: 30 },
  wall: { font: 22, legend: 22, bar: 40, row: 64, axisLabelWidth: 260, legendHeight: 52 },
} as const;

/** Height a chart needs so that every category has a readable row (horizontal bars grow with the data). */
export function chartHeight(model: ChartModel, size: ChartSize): number {
  const m = METRICS[size];
  const legend = model.series.length > 1 ? m.legendHeight : 0;
  if (!model.horizontal) return size === 'wall' ? 360 : 240;
  const rows = Math.max(model.categories.length, 1);
  // Long lists (every lead unit) get tighter rows on the page; the wall shows a few rows only.
  const row = size === 'normal' && rows > 10 ? m.row * 0.8 : m.row;
  const perRow = model.stacked ? row : row * Math.max(1, model.series.length * 0.55);
  return Math.round(legend + rows * perRow + (size === 'wall' ? 60 : 40));
}
