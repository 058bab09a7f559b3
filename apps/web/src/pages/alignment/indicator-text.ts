import type { HigherTargetItemFragment, IndicatorItemFragment } from '@gongbian/graphql-client';
import type { RouteLocationRaw } from 'vue-router';
import { type Segment, segmentsOf } from '../../i18n/segments';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** A figure as a plan's table writes it: "≥95%", "≤30小时". */
export function figureText(t: Translate, figure: Pick<IndicatorItemFragment, 'target' | 'unit' | 'direction'>): string {
  return t('alignment.figure', {
    sign: t(`alignment.sign.${figure.direction}`),
    value: String(figure.target),
    unit: figure.unit,
  });
}

/** 引用上位规划：《…》“…” ≥…%, the higher plan's words and figure marked as data. */
export function citesParts(t: Translate, cited: HigherTargetItemFragment): Segment[] {
  const values = { document: cited.document, name: cited.name, figure: figureText(t, cited) };
  return segmentsOf(t, 'alignment.cites', values, ['document', 'name', 'figure']);
}

/** 基期 85%（2020 年）, the figure marked as data (its unit is the plan's own word). */
export function baselineParts(
  t: Translate,
  i: Pick<IndicatorItemFragment, 'baseline' | 'baselineYear' | 'unit'>,
): Segment[] {
  if (i.baseline === null || i.baselineYear === null) return [];
  const values = { value: String(i.baseline), unit: i.unit, year: i.baselineYear };
  return segmentsOf(t, 'alignment.baseline', values, ['value', 'unit']);
}

/**
 * Where an indicator's passage opens: the reader of the version that states it, with find open at
 * the quoted words in its block, as a search hit on a passage opens (search-results.ts).
 */
export function sourceRoute(
  indicator: Pick<IndicatorItemFragment, 'source' | 'sourceDraftId'>,
): RouteLocationRaw | null {
  if (!indicator.source || !indicator.sourceDraftId) return null;
  return {
    name: 'draft',
    params: { draftId: indicator.sourceDraftId },
    query: { block: indicator.source.blockId, find: indicator.source.quote },
  };
}
