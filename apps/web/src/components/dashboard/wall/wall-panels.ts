import type { DashboardFiguresFragment } from '@gongbian/graphql-client';
import { type ChartModel, countOf, sumCounts, THREAD_STATUSES, topCategories } from '../chart-data';
import type { ColorKey } from '../palette';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Big numbers in a row (or a column) at the side of a wall panel. */
export interface WallCounters {
  /** each counter's data-testid, and the data attribute that says which one it is */
  testid: string;
  keyAttr: 'data-status' | 'data-key';
  layout: 'row' | 'column';
  items: { key: string; label: string; value: number; color: ColorKey | null }[];
}

export interface WallChart {
  id: string;
  title: string;
  /** cut to the rows a wall panel has room for */
  model: ChartModel;
  emptyText?: string;
  /** says how many rows were left out, if any */
  restText?: string;
}

export interface WallPanelContent {
  counters: WallCounters | null;
  charts: WallChart[];
}

/** A chart cut to `rows`, saying how many units it leaves out. */
function unitsChart(
  id: string,
  title: string,
  model: ChartModel,
  rows: number,
  t: Translate,
  emptyText: string,
): WallChart {
  const top = topCategories(model, rows);
  return {
    id,
    title,
    model: top.model,
    emptyText,
    restText: top.rest ? t('dashboard.wall.moreUnits', { n: top.rest }) : undefined,
  };
}

/** Opinions: how many in each state, by plan and by the units leading the most. */
export function opinionsPanel(
  figures: DashboardFiguresFragment,
  models: { threadsByPlan: ChartModel; threadsByUnit: ChartModel },
  t: Translate,
): WallPanelContent {
  return {
    counters: {
      testid: 'wall-thread-count',
      keyAttr: 'data-status',
      layout: 'row',
      items: [
        { key: 'TOTAL', label: t('dashboard.kpi.threads'), value: sumCounts(figures.threadsByStatus), color: null },
        ...THREAD_STATUSES.map((s) => ({
          key: s,
          label: t(`thread.status.${s}`),
          value: countOf(figures.threadsByStatus, s),
          color: `thread.${s}` as ColorKey,
        })),
      ],
    },
    charts: [
      { id: 'threads-by-plan', title: t('dashboard.charts.threadsByPlan'), model: models.threadsByPlan },
      unitsChart(
        'threads-by-unit',
        t('dashboard.charts.threadsByUnit'),
        models.threadsByUnit,
        6,
        t,
        t('dashboard.empty.threads'),
      ),
    ],
  };
}

/** Expert reviews: where they stand and the scores of the drafts reviewed most recently. */
export function reviewsPanel(
  models: { reviewsByStatus: ChartModel; reviewScores: ChartModel },
  t: Translate,
): WallPanelContent {
  return {
    counters: null,
    charts: [
      { id: 'reviews-by-status', title: t('dashboard.charts.reviewsByStatus'), model: models.reviewsByStatus },
      {
        id: 'review-scores',
        title: t('dashboard.charts.reviewScores'),
        model: topCategories(models.reviewScores, 4).model,
        emptyText: t('dashboard.empty.scores'),
      },
    ],
  };
}

/** The units' load: totals at the side, the most loaded units first (twelve rows of large type fill the panel). */
export function loadPanel(models: { unitLoad: ChartModel }, t: Translate): WallPanelContent {
  const load = models.unitLoad;
  return {
    counters: {
      testid: 'wall-load-total',
      keyAttr: 'data-key',
      layout: 'column',
      items: [
        { key: 'units', label: t('dashboard.load.units'), value: load.categories.length, color: null },
        ...load.series.map((s) => ({
          key: s.key,
          label: s.label,
          value: s.values.reduce((a, b) => a + b, 0),
          color: s.color,
        })),
      ],
    },
    charts: [unitsChart('unit-load', t('dashboard.charts.unitLoad'), load, 12, t, t('dashboard.empty.load'))],
  };
}
