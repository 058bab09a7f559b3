import type {
  IndicatorInput,
  IndicatorItemFragment,
  IndicatorKind,
  SuggestIndicatorsQuery,
  TargetDirection,
} from '@gongbian/graphql-client';

export type Suggestion = SuggestIndicatorsQuery['suggestIndicators'][number];
type Passage = { blockId: string; start: number; end: number; quote: string };

/** What the indicator form holds; numbers stay null until typed. */
export interface IndicatorForm {
  planId: string | null;
  name: string;
  unit: string;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  targetYear: number | null;
  kind: IndicatorKind;
  direction: TargetDirection;
  supportsId: string | null;
  citesId: string | null;
  source: Passage | null;
}

export function emptyForm(planId: string | null = null): IndicatorForm {
  return {
    planId,
    name: '',
    unit: '',
    baseline: null,
    baselineYear: null,
    target: null,
    targetYear: null,
    kind: 'EXPECTED',
    direction: 'AT_LEAST',
    supportsId: null,
    citesId: null,
    source: null,
  };
}

const passage = (a: Passage | null | undefined): Passage | null =>
  a ? { blockId: a.blockId, start: a.start, end: a.end, quote: a.quote } : null;

/** The form for editing `indicator` as it stands. */
export function formOf(indicator: IndicatorItemFragment): IndicatorForm {
  return {
    planId: indicator.plan.id,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    baselineYear: indicator.baselineYear,
    target: indicator.target,
    targetYear: indicator.targetYear,
    kind: indicator.kind,
    direction: indicator.direction,
    supportsId: indicator.supports?.id ?? null,
    citesId: indicator.cites?.id ?? null,
    source: passage(indicator.source),
  };
}

/**
 * The form filled from a suggestion read in the draft: what it found replaces what is there, what it
 * did not find (a missing baseline, kind or direction) is kept; the plan and the links stay.
 */
export function withSuggestion(form: IndicatorForm, s: Suggestion): IndicatorForm {
  return {
    ...form,
    name: s.name,
    unit: s.unit,
    baseline: s.baseline ?? form.baseline,
    baselineYear: s.baselineYear ?? form.baselineYear,
    target: s.target ?? form.target,
    targetYear: s.targetYear ?? form.targetYear,
    kind: s.kind ?? form.kind,
    direction: s.direction ?? form.direction,
    source: passage(s.source),
  };
}

/** The input to send, or null while the plan, name, target or target year is missing. */
export function inputOf(form: IndicatorForm, planIsMaster: boolean): IndicatorInput | null {
  if (!form.planId || !form.name.trim() || form.target === null || form.targetYear === null) return null;
  return {
    planId: form.planId,
    name: form.name.trim(),
    unit: form.unit.trim(),
    baseline: form.baseline,
    baselineYear: form.baselineYear,
    target: form.target,
    targetYear: form.targetYear,
    kind: form.kind,
    direction: form.direction,
    source: form.source,
    // A master-plan indicator supports nothing (the server refuses it): a stale choice is dropped.
    supportsId: planIsMaster ? null : form.supportsId,
    citesId: form.citesId,
  };
}
