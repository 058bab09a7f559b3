import type { DashboardFiguresFragment } from '@gongbian/graphql-client';
import type { ColorKey } from './palette';

// One model per chart: the chart's option and its accessible table are both drawn from it, so
// the numbers a screen reader hears are the numbers the bars show.

export interface ChartCategory {
  key: string;
  label: string;
  /** the full name when `label` is shortened for an axis */
  fullLabel?: string;
}

export interface ChartSeries {
  key: string;
  label: string;
  /** one value per category, in the categories' order */
  values: number[];
  color: ColorKey;
}

export interface ChartModel {
  id: string;
  /** header of the category column of the table (规划, 单位, 状态 …) */
  categoryHeader: string;
  categories: ChartCategory[];
  series: ChartSeries[];
  /** a single series coloured per category (e.g. topics by status) */
  categoryColors?: ColorKey[];
  stacked: boolean;
  horizontal: boolean;
  /** averages on a fixed scale (expert scores, 1–5); counts otherwise */
  scale?: { max: number; decimals: number };
}

type Figures = DashboardFiguresFragment;
type Counts = readonly { status: string; count: number }[];
type Translate = (key: string, values?: Record<string, unknown>) => string;

export const THREAD_STATUSES = ['OPEN', 'ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'WITHDRAWN'] as const;
export const WORK_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED'] as const;
export const DRAFT_STAGES = ['OUTLINE', 'FRAMEWORK', 'CONSULTATION', 'REVIEW', 'APPROVED', 'ISSUED'] as const;
export const REVIEW_STATUSES = ['INVITED', 'ACCEPTED', 'DECLINED', 'SUBMITTED'] as const;
export const SCORE_CRITERIA = ['foresight', 'scientific', 'operability'] as const;

/** Names the figures refer to by id: plans, units and drafts of the programme. */
export interface DashboardNames {
  plans: readonly { id: string; title: string; kind: string; drafts: readonly { id: string; version: number }[] }[];
  units: readonly { id: string; name: string; shortName: string | null }[];
}

export function countOf(counts: Counts, status: string): number {
  return counts.find((c) => c.status === status)?.count ?? 0;
}

export function sumCounts(counts: Counts): number {
  return counts.reduce((sum, c) => sum + c.count, 0);
}

/** How many characters, from the start, every text shares. */
function sharedStart(texts: readonly (readonly string[])[]): number {
  const [first, ...rest] = texts;
  if (!first) return 0;
  let n = 0;
  while (n < first.length && rest.every((chars) => chars[n] === first[n])) n++;
  return n;
}

/**
 * Plan names short enough for an axis: the master plan by its kind, every other plan by what sets
 * its title apart from the programme's other titles, i.e. without the run of characters all of
 * them start with and the run all of them end with (a region's name, the period's "规划"). Titles
 * are kept whole when there is nothing to compare them with or nothing would be left. The table
 * and the tooltip keep the full title.
 */
export function planAxisLabels(
  plans: readonly { id: string; title: string; kind: string }[],
  t: Translate,
): Map<string, string> {
  const titles = plans.map((p) => Array.from(p.title));
  const start = titles.length > 1 ? sharedStart(titles) : 0;
  const end = titles.length > 1 ? sharedStart(titles.map((chars) => chars.slice(start).reverse())) : 0;
  const middle = (chars: string[]) =>
    chars
      .slice(start, chars.length - end)
      .join('')
      .trim();
  const shortened = plans.every((p, i) => p.kind === 'MASTER' || middle(titles[i] ?? []) !== '');
  return new Map(
    plans.map((p, i) => [
      p.id,
      p.kind === 'MASTER' ? t('plan.kind.MASTER') : shortened ? middle(titles[i] ?? []) : p.title,
    ]),
  );
}

export function unitLabel(unit: { name: string; shortName: string | null } | undefined, id: string): string {
  return unit ? (unit.shortName ?? unit.name) : id;
}

/** One category per status, in the order work moves through them. */
function byStatus(
  id: string,
  counts: Counts,
  statuses: readonly string[],
  labelKey: (status: string) => string,
  colorOf: (status: string) => ColorKey,
  seriesLabel: string,
  categoryHeader: string,
  t: Translate,
): ChartModel {
  return {
    id,
    categoryHeader,
    categories: statuses.map((s) => ({ key: s, label: t(labelKey(s)) })),
    series: [{ key: 'count', label: seriesLabel, values: statuses.map((s) => countOf(counts, s)), color: 'neutral' }],
    categoryColors: statuses.map(colorOf),
    stacked: false,
    horizontal: false,
  };
}

/** One stacked bar per group (plan or unit), one segment per status. */
function stackedGroups(
  id: string,
  groups: readonly { id: string; counts: Counts }[],
  statuses: readonly string[],
  name: (id: string) => { label: string; fullLabel?: string },
  labelKey: (status: string) => string,
  colorOf: (status: string) => ColorKey,
  categoryHeader: string,
  t: Translate,
): ChartModel {
  return {
    id,
    categoryHeader,
    categories: groups.map((g) => ({ key: g.id, ...name(g.id) })),
    series: statuses.map((s) => ({
      key: s,
      label: t(labelKey(s)),
      values: groups.map((g) => countOf(g.counts, s)),
      color: colorOf(s),
    })),
    stacked: true,
    horizontal: true,
  };
}

export function plansByStageModel(f: Figures, t: Translate): ChartModel {
  return byStatus(
    'plans-by-stage',
    f.plansByStage,
    DRAFT_STAGES,
    (s) => `plan.stage.${s}`,
    (s) => `stage.${s}` as ColorKey,
    t('dashboard.charts.plans'),
    t('dashboard.charts.stage'),
    t,
  );
}

export function topicsByStatusModel(f: Figures, t: Translate): ChartModel {
  return byStatus(
    'topics-by-status',
    f.topicsByStatus,
    WORK_STATUSES,
    (s) => `status.${s}`,
    (s) => `work.${s}` as ColorKey,
    t('dashboard.charts.topics'),
    t('dashboard.charts.status'),
    t,
  );
}

export function reviewsByStatusModel(f: Figures, t: Translate): ChartModel {
  return byStatus(
    'reviews-by-status',
    f.reviewsByStatus,
    REVIEW_STATUSES,
    (s) => `dashboard.reviews.status.${s}`,
    (s) => `review.${s}` as ColorKey,
    t('dashboard.charts.reviews'),
    t('dashboard.charts.status'),
    t,
  );
}

export function topicsByUnitModel(f: Figures, names: DashboardNames, t: Translate): ChartModel {
  const units = new Map(names.units.map((u) => [u.id, u]));
  // Most topics first: the units carrying the research stand out.
  const groups = [...f.topicsByUnit].sort((a, b) => sumCounts(b.counts) - sumCounts(a.counts));
  return stackedGroups(
    'topics-by-unit',
    groups,
    WORK_STATUSES,
    (id) => ({ label: unitLabel(units.get(id), id), fullLabel: units.get(id)?.name }),
    (s) => `status.${s}`,
    (s) => `work.${s}` as ColorKey,
    t('dashboard.charts.unit'),
    t,
  );
}

export function threadsByPlanModel(f: Figures, names: DashboardNames, t: Translate): ChartModel {
  const plans = new Map(names.plans.map((p) => [p.id, p]));
  const labels = planAxisLabels(names.plans, t);
  return stackedGroups(
    'threads-by-plan',
    f.threadsByPlan,
    THREAD_STATUSES,
    (id) => {
      const plan = plans.get(id);
      return plan ? { label: labels.get(id) ?? plan.title, fullLabel: plan.title } : { label: id };
    },
    (s) => `thread.status.${s}`,
    (s) => `thread.${s}` as ColorKey,
    t('dashboard.charts.plan'),
    t,
  );
}

export function threadsByUnitModel(f: Figures, names: DashboardNames, t: Translate): ChartModel {
  const units = new Map(names.units.map((u) => [u.id, u]));
  const groups = [...f.threadsByUnit].sort((a, b) => sumCounts(b.counts) - sumCounts(a.counts));
  return stackedGroups(
    'threads-by-unit',
    groups,
    THREAD_STATUSES,
    (id) => ({ label: unitLabel(units.get(id), id), fullLabel: units.get(id)?.name }),
    (s) => `thread.status.${s}`,
    (s) => `thread.${s}` as ColorKey,
    t('dashboard.charts.unit'),
    t,
  );
}

/** Average scores per draft on the three qualities the work plan asks of a plan. */
export function reviewScoresModel(f: Figures, names: DashboardNames, t: Translate): ChartModel {
  const drafts = new Map(
    names.plans.flatMap((plan) => plan.drafts.map((d) => [d.id, { plan, version: d.version }] as const)),
  );
  const labels = planAxisLabels(names.plans, t);
  const rows = f.reviewScores;
  return {
    id: 'review-scores',
    categoryHeader: t('dashboard.charts.draft'),
    categories: rows.map((r) => {
      const d = drafts.get(r.draftId);
      if (!d) return { key: r.draftId, label: r.draftId };
      return {
        key: r.draftId,
        label: t('dashboard.reviews.draftLabel', { plan: labels.get(d.plan.id) ?? d.plan.title, n: d.version }),
        fullLabel: t('dashboard.reviews.draftLabel', { plan: d.plan.title, n: d.version }),
      };
    }),
    series: SCORE_CRITERIA.map((c) => ({
      key: c,
      label: t(`dashboard.reviews.criteria.${c}`),
      values: rows.map((r) => round(r[c], 2)),
      color: `score.${c}` as ColorKey,
    })),
    stacked: false,
    horizontal: true,
    scale: { max: 5, decimals: 2 },
  };
}

/** Open threads and overdue items per unit, the most loaded first. */
export function unitLoadModel(f: Figures, t: Translate, limit = Number.POSITIVE_INFINITY): ChartModel {
  const rows = sortedUnitLoad(f.unitLoad).slice(0, limit);
  return {
    id: 'unit-load',
    categoryHeader: t('dashboard.charts.unit'),
    categories: rows.map((r) => ({ key: r.unit.id, label: unitLabel(r.unit, r.unit.id), fullLabel: r.unit.name })),
    series: [
      {
        key: 'openThreads',
        label: t('dashboard.load.openThreads'),
        values: rows.map((r) => r.openThreads),
        color: 'load.openThreads',
      },
      {
        key: 'overdueItems',
        label: t('dashboard.load.overdueItems'),
        values: rows.map((r) => r.overdueItems),
        color: 'load.overdueItems',
      },
    ],
    stacked: true,
    horizontal: true,
  };
}

export function sortedUnitLoad<T extends { openThreads: number; overdueItems: number; unit: { name: string } }>(
  rows: readonly T[],
): T[] {
  return [...rows].sort(
    (a, b) =>
      b.openThreads + b.overdueItems - (a.openThreads + a.overdueItems) ||
      b.overdueItems - a.overdueItems ||
      a.unit.name.localeCompare(b.unit.name, 'zh-CN'),
  );
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A category's total across the series (the "合计" column of a stacked chart's table). */
export function categoryTotal(model: ChartModel, index: number): number {
  return model.series.reduce((sum, s) => sum + (s.values[index] ?? 0), 0);
}

// A chart whose every value is zero (no topics yet, in any status) draws zero bars: nothing to see,
// so it counts as empty and says so.
export function isEmpty(model: ChartModel): boolean {
  return model.categories.length === 0 || model.series.every((s) => s.values.every((v) => v === 0));
}

/** The first `n` categories of a model (a wall panel has room for so many rows); `rest` says how many were left out. */
export function topCategories(model: ChartModel, n: number): { model: ChartModel; rest: number } {
  if (model.categories.length <= n) return { model, rest: 0 };
  return {
    model: {
      ...model,
      categories: model.categories.slice(0, n),
      series: model.series.map((s) => ({ ...s, values: s.values.slice(0, n) })),
      categoryColors: model.categoryColors?.slice(0, n),
    },
    rest: model.categories.length - n,
  };
}

/** Server text that names plans in full (a gate's "what is missing"), with each title shortened as on the axes. */
export function shortenPlanTitles(text: string, plans: DashboardNames['plans'], t: Translate): string {
  const labels = planAxisLabels(plans, t);
  // Longest first, so that no title is replaced inside a longer one.
  const byLength = [...plans].sort((a, b) => b.title.length - a.title.length);
  return byLength.reduce((out, plan) => out.split(plan.title).join(labels.get(plan.id) ?? plan.title), text);
}
