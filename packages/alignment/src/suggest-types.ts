import type { Direction, IndicatorKind } from './checks.js';

export type BlockKind = 'HEADING' | 'PARAGRAPH' | 'LIST_ITEM' | 'TABLE';

/** A block of a draft as @gongbian/documents makes it (TABLE text: cells joined by ' | ', rows by '\n'). */
export interface SuggestionBlock {
  id: string;
  kind: BlockKind;
  text: string;
}

/** Where a suggestion was read: `text.slice(start, end) === quote` in the block (UTF-16 offsets). */
export interface SuggestionSource {
  blockId: string;
  start: number;
  end: number;
  quote: string;
}

/** An indicator read from a draft, for a person to confirm. `unit` is '' when none was written. */
export interface IndicatorSuggestion {
  name: string;
  unit: string;
  baseline?: number;
  baselineYear?: number;
  target?: number;
  targetYear?: number;
  kind?: IndicatorKind;
  direction?: Direction;
  source: SuggestionSource;
}

// The five-year periods by the year they end in: "十四五"末 is 2025.
const PERIOD_END: Readonly<Record<string, number>> = { 十三五: 2020, 十四五: 2025, 十五五: 2030 };

// A target year: 到2025年, 2025年前, 2025年底前, "十四五"末. Not 至2020年 or 截至2020年底: plans
// write those of what was done ("由2015年的31起下降至2020年的12起").
const TARGET_YEAR = /到\s*(\d{4})\s*年|(\d{4})\s*年(?:底|末)?(?:前|以前)|["“]?(十[三四五]五)["”]?(?:末|期末)/gu;

/** The target years written in `text` (width-folded), with where each ends. */
export function targetYears(text: string): { year: number; end: number }[] {
  return [...text.matchAll(TARGET_YEAR)].map((m) => ({
    year: m[1] || m[2] ? Number(m[1] ?? m[2]) : (PERIOD_END[m[3] ?? ''] ?? 0),
    end: m.index + m[0].length,
  }));
}

/** A five-year period named in a table header ("十四五目标") as the year it ends. */
export function periodYear(text: string): number | undefined {
  const m = /十[三四五]五/u.exec(text);
  return m ? PERIOD_END[m[0]] : undefined;
}
