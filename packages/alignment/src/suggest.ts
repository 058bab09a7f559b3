import { suggestFromSentences } from './suggest-sentence.js';
import { suggestFromTable } from './suggest-table.js';
import { type IndicatorSuggestion, type SuggestionBlock, targetYears } from './suggest-types.js';
import { foldWidth } from './units.js';

/**
 * Indicators a draft seems to state, in block order, for a person to confirm: the rows of its
 * indicator tables (suggest-table.ts) and the figures its paragraphs and list items set as targets
 * (suggest-sentence.ts). Headings are not read.
 *
 * A target year not written beside a figure comes from the last one written before it (到2025年 in the
 * paragraph above a list or a table); a heading starts afresh, so a year never leaks into another
 * section. Every source slices exactly: `text.slice(start, end) === quote`.
 */
export function suggestIndicators(blocks: readonly SuggestionBlock[]): IndicatorSuggestion[] {
  const suggestions: IndicatorSuggestion[] = [];
  let contextYear: number | undefined;
  for (const block of blocks) {
    if (block.kind === 'HEADING') {
      contextYear = targetYears(foldWidth(block.text)).at(-1)?.year;
      continue;
    }
    if (block.kind === 'TABLE') {
      suggestions.push(...suggestFromTable(block, contextYear));
      continue;
    }
    suggestions.push(...suggestFromSentences(block, contextYear));
    contextYear = targetYears(foldWidth(block.text)).at(-1)?.year ?? contextYear;
  }
  return suggestions;
}
