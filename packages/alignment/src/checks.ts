import { statesValue } from './states.js';
import { formatTarget, normalizeUnit, sameUnit } from './units.js';

/** A stronger target is higher (AT_LEAST: 覆盖率 ≥ 95%) or lower (AT_MOST: 死亡率 ≤ 0.9‰). */
export type Direction = 'AT_LEAST' | 'AT_MOST';
/** 约束性 / 预期性. */
export type IndicatorKind = 'BINDING' | 'EXPECTED';
/** Where the passage that states an indicator stands in the plan's newest draft (as in @gongbian/anchoring). */
export type SourceState = 'ATTACHED' | 'MOVED' | 'ORPHANED';

export interface IndicatorFacts {
  id: string;
  name: string;
  unit: string;
  target: number;
  targetYear: number;
  direction: Direction;
  kind: IndicatorKind;
}

/** A target of a higher plan (《"十四五"国家应急体系规划》, the provincial outline …). */
export interface HigherFacts {
  id: string;
  document: string;
  name: string;
  unit: string;
  target: number;
  targetYear: number;
  direction: Direction;
}

/**
 * The passage that states an indicator, as it is in the newest draft: its anchor's state (null when
 * it has not been carried yet), its text there (null when gone), and whether that text still states
 * the indicator's value (see `sourceFacts`).
 */
export interface SourceFacts {
  state: SourceState | null;
  quote: string | null;
  statesValue: boolean;
}

export type AlignmentIssueKind =
  | 'WEAKER_THAN_MASTER'
  | 'WEAKER_THAN_HIGHER'
  | 'UNIT_MISMATCH'
  | 'YEAR_MISMATCH'
  | 'SOURCE_CHANGED'
  | 'SOURCE_ORPHANED'
  | 'NO_SOURCE';

export interface AlignmentIssue {
  kind: AlignmentIssueKind;
  /** For an issue with a link: MASTER when against the master-plan indicator, HIGHER for a higher target. */
  against?: 'MASTER' | 'HIGHER';
  againstId?: string;
  /** One Chinese sentence with the figures, for the thread and the matrix. */
  detail: string;
}

export interface AlignmentLinks {
  /** The master-plan indicator this one supports (a special plan's indicator). */
  supports?: IndicatorFacts;
  /** The higher plan's target this one cites. */
  cites?: HigherFacts;
  /** The stating passage; null when none does. Left out, the source is not checked. */
  source?: SourceFacts | null;
}

/** Whether `target` is weaker than `other` under `direction`. Equal is never weaker. */
export function isWeaker(target: number, other: number, direction: Direction): boolean {
  return direction === 'AT_LEAST' ? target < other : target > other;
}

/** SourceFacts for a passage: whether `quote` still states the indicator's target in its unit. */
export function sourceFacts(
  source: { state: SourceState | null; quote: string | null },
  indicator: Pick<IndicatorFacts, 'target' | 'unit'>,
): SourceFacts {
  return {
    state: source.state,
    quote: source.quote,
    statesValue: source.quote !== null && statesValue(source.quote, indicator.target, indicator.unit),
  };
}

/** A key that names the same issue across checks: a thread is raised once per key and closed with it. */
export function issueKey(issue: AlignmentIssue): string {
  return `${issue.kind}:${issue.against ?? ''}:${issue.againstId ?? ''}`;
}

const QUOTE_SHOWN = 40;
const shorten = (text: string) =>
  [...text].length > QUOTE_SHOWN ? `${[...text].slice(0, QUOTE_SHOWN).join('')}…` : text;
const shown = (unit: string) => (normalizeUnit(unit) === '' ? '（无单位）' : unit.trim());
const bound = (direction: Direction) => (direction === 'AT_LEAST' ? '不低于' : '不高于');

interface Other {
  against: 'MASTER' | 'HIGHER';
  id: string;
  /** How the detail names it: 总体规划指标“…” or 《…》“…”. */
  label: string;
  unit: string;
  target: number;
  targetYear: number;
  direction: Direction;
}

/**
 * The rules for one link. Units first, then years: a comparison needs both to agree, and each that
 * differs is its own issue (both may). Only then strength, by the linked target's direction — the plan
 * that is supported or cited sets the requirement, so an indicator that points the other way is judged
 * by what it serves (a special plan's AT_MOST 90% under a master AT_LEAST 95% is weaker).
 */
function linkIssues(indicator: IndicatorFacts, other: Other): AlignmentIssue[] {
  const about = { against: other.against, againstId: other.id };
  const issues: AlignmentIssue[] = [];
  if (!sameUnit(indicator.unit, other.unit)) {
    issues.push({
      kind: 'UNIT_MISMATCH',
      ...about,
      detail: `单位“${shown(indicator.unit)}”与${other.label}的单位“${shown(other.unit)}”不一致，无法比较目标值`,
    });
  }
  if (indicator.targetYear !== other.targetYear) {
    issues.push({
      kind: 'YEAR_MISMATCH',
      ...about,
      detail: `目标年份 ${indicator.targetYear}年 与${other.label}的 ${other.targetYear}年 不一致，无法比较目标值`,
    });
  }
  if (issues.length === 0 && isWeaker(indicator.target, other.target, other.direction)) {
    const theirs = formatTarget(other.target, other.unit);
    issues.push({
      kind: other.against === 'MASTER' ? 'WEAKER_THAN_MASTER' : 'WEAKER_THAN_HIGHER',
      ...about,
      detail: `目标值 ${formatTarget(indicator.target, indicator.unit)} 弱于${other.label}的 ${theirs}（${other.targetYear}年），应${bound(other.direction)} ${theirs}`,
    });
  }
  return issues;
}

function sourceIssues(indicator: IndicatorFacts, source: SourceFacts | null): AlignmentIssue[] {
  const value = formatTarget(indicator.target, indicator.unit);
  if (source === null) return [{ kind: 'NO_SOURCE', detail: `没有原文段落写明目标值 ${value}` }];
  if (source.state === 'ORPHANED') {
    return [{ kind: 'SOURCE_ORPHANED', detail: `写明目标值 ${value} 的原文段落在最新版本中已删除` }];
  }
  if (source.statesValue) return [];
  const now = source.quote === null ? '' : `，现为“${shorten(source.quote)}”`;
  // MOVED: the passage was edited in a newer version. Otherwise it never matched the figure (the
  // target was changed since, or the wrong passage was chosen): same kind, said as it is.
  const what = source.state === 'MOVED' ? '原文段落已修改，不再写明' : '原文段落未写明';
  return [{ kind: 'SOURCE_CHANGED', detail: `${what}目标值 ${value}${now}` }];
}

/**
 * The alignment issues of one indicator, in a fixed order: its source (NO_SOURCE, SOURCE_ORPHANED or
 * SOURCE_CHANGED, at most one), then its link to the master-plan indicator (UNIT_MISMATCH,
 * YEAR_MISMATCH, or WEAKER_THAN_MASTER), then its link to a higher target (the same, WEAKER_THAN_HIGHER).
 * Weaker means lower for AT_LEAST and higher for AT_MOST; an equal target is aligned.
 */
export function alignmentIssues(indicator: IndicatorFacts, links: AlignmentLinks = {}): AlignmentIssue[] {
  const issues: AlignmentIssue[] = [];
  if (links.source !== undefined) issues.push(...sourceIssues(indicator, links.source));
  const { supports, cites } = links;
  if (supports) {
    issues.push(...linkIssues(indicator, { ...supports, against: 'MASTER', label: `总体规划指标“${supports.name}”` }));
  }
  if (cites) {
    issues.push(...linkIssues(indicator, { ...cites, against: 'HIGHER', label: `${cites.document}“${cites.name}”` }));
  }
  return issues;
}
