export {
  type AlignmentIssue,
  type AlignmentIssueKind,
  type AlignmentLinks,
  alignmentIssues,
  type Direction,
  type HigherFacts,
  type IndicatorFacts,
  type IndicatorKind,
  issueKey,
  isWeaker,
  type SourceFacts,
  type SourceState,
  sourceFacts,
} from './checks.js';
export { statesValue } from './states.js';
export { suggestIndicators } from './suggest.js';
export type { BlockKind, IndicatorSuggestion, SuggestionBlock, SuggestionSource } from './suggest-types.js';
export { foldWidth, formatTarget, isKnownUnit, normalizeUnit, sameUnit } from './units.js';
