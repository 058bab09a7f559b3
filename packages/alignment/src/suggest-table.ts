import type { Direction, IndicatorKind } from './checks.js';
import { parseNumber } from './numbers.js';
import type { IndicatorSuggestion } from './suggest-types.js';
import { periodYear } from './suggest-types.js';
import { foldWidth, isKnownUnit, normalizeUnit, unitAt } from './units.js';

const CELL = ' | ';

interface Columns {
  name: number;
  unit?: number;
  kind?: number;
  target: number;
  targetYear?: number;
  baseline?: number;
  baselineYear?: number;
}

/**
 * Reads the header row: 指标/名称 (the name; else the first column no other role took), 单位,
 * 属性/性质/类型 (约束性 or 预期性), and the value columns. A column whose header holds a year (2020年, 2025年目标,
 * 2020年(基期值)) is a target when it says 目标/规划/预期 and a baseline when it says
 * 基期/基准/现状/基数; unmarked, the latest year is the target and the earliest the baseline. A header
 * 目标值 with no year is a target too, its year from 十四五 in the header or the text before the table.
 * A table with no target column is not an indicator table.
 */
function readHeader(cells: string[]): Columns | undefined {
  if (cells.length < 2) return undefined;
  let name: number | undefined;
  let unit: number | undefined;
  let kind: number | undefined;
  const values: { col: number; year?: number; role?: 'target' | 'baseline' }[] = [];
  cells.forEach((raw, col) => {
    const h = foldWidth(raw).replace(/\s+/gu, '');
    const year = /(\d{4})年?/u.exec(h);
    const role = /目标|规划|预期值/u.test(h) ? 'target' : /基期|基准|现状|基数|基础/u.test(h) ? 'baseline' : undefined;
    if (/属性|性质|类型|类别/u.test(h)) kind ??= col;
    else if (/^(?:计量)?单位/u.test(h)) unit ??= col;
    else if (year) values.push({ col, year: Number(year[1]), ...(role && { role }) });
    else if (role) values.push({ col, ...(role === 'target' && { year: periodYear(h) }), role });
    else if (/指标|名称|项目|内容/u.test(h)) name ??= col;
  });
  const byYear = [...values].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const target = values.find((v) => v.role === 'target') ?? byYear.filter((v) => !v.role).at(-1);
  if (!target) return undefined;
  const baseline =
    values.find((v) => v.role === 'baseline') ?? byYear.find((v) => !v.role && v !== target && v.col !== target.col);
  const taken = new Set([unit, kind, ...values.map((v) => v.col)]);
  const firstFree = cells.findIndex((_, col) => !taken.has(col));
  if (name === undefined && firstFree < 0) return undefined;
  return {
    name: name ?? firstFree,
    ...(unit !== undefined && { unit }),
    ...(kind !== undefined && { kind }),
    target: target.col,
    ...(target.year !== undefined && { targetYear: target.year }),
    ...(baseline && { baseline: baseline.col }),
    ...(baseline?.year !== undefined && { baselineYear: baseline.year }),
  };
}

interface Cell {
  value?: number;
  unit: string;
  direction?: Direction;
}

const AT_LEAST_MARK = /^(?:≥|>=|>|不低于|不少于|不小于|至少)|(?:以上|及以上)$/u;
const AT_MOST_MARK = /^(?:≤|<=|<|不超过|不高于|不多于|不大于|控制在)|(?:以下|以内|之内)$/u;

// A unit this package does not list is still a short word (艘次), never a year or a date (2020年).
const UNIT_WORD = /^(?![年月])[\p{Script=Han}a-z/²]{1,6}$/iu;

/** A 单位 cell's unit, or '' when the cell holds something else. */
function asUnit(cell: string): string {
  const unit = normalizeUnit(cell);
  return isKnownUnit(unit) || UNIT_WORD.test(unit) ? unit : '';
}

/** A value cell: "15%", "≤0.40", "10小时以内", "0.5‰", "—" (none). */
function readCell(raw: string | undefined): Cell {
  const text = foldWidth(raw ?? '').trim();
  const direction: Direction | undefined = AT_MOST_MARK.test(text)
    ? 'AT_MOST'
    : AT_LEAST_MARK.test(text)
      ? 'AT_LEAST'
      : undefined;
  const bare = text
    .replace(/^(?:≥|>=|≤|<=|>|<|不低于|不少于|不小于|至少|不超过|不高于|不多于|不大于|控制在)/u, '')
    .replace(/(?:及以上|以上|以下|以内|之内)$/u, '')
    .trim();
  const m = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(.*)$/u.exec(bare);
  const rest = (m?.[2] ?? '').trim();
  // A figure, bare or with one unit; a cell that goes on in words ("1,000到2025年", "5%余") is not one.
  const known = unitAt(rest, 0);
  const oneUnit = known === undefined ? rest === '' || UNIT_WORD.test(rest) : known === rest;
  if (!m || !oneUnit) return { unit: '' };
  const value = parseNumber(m[1] ?? '');
  return { ...(Number.isFinite(value) && { value }), unit: rest, ...(direction && { direction }) };
}

/** The name without a trailing unit in brackets ("数量（个）" → 数量, 个); "乡镇（街道）…" keeps its brackets. */
function readName(raw: string): { name: string; unit: string } {
  const text = raw.trim();
  const m = /^(.*?)\s*[(（]([^()（）]{1,12})[)）]$/u.exec(text);
  if (m && (isKnownUnit(m[2] ?? '') || /^单位/u.test(m[2] ?? ''))) {
    return { name: m[1] ?? '', unit: normalizeUnit(m[2] ?? '') };
  }
  return { name: text, unit: '' };
}

// When a row writes no ≥/≤/以内 and no baseline to compare with: what the name measures. A decline or
// coverage rate is better higher; a death rate, a loss or a time is better lower. 比例/比重 say nothing.
const HIGHER_IS_BETTER = /(?:覆盖率|达标率|合格率|完成率|普及率|达到率|参保率|下降率|减少率|降低率|增长率)$/u;
const LOWER_IS_BETTER = /(?:死亡率|受害率|发生率|伤亡|死亡人数|损失|时间|时长)$/u;

function readKind(raw: string | undefined): IndicatorKind | undefined {
  if (raw === undefined) return undefined;
  if (/约束/u.test(raw)) return 'BINDING';
  if (/预期/u.test(raw)) return 'EXPECTED';
  return undefined;
}

function direction(name: string, target: Cell, baseline: Cell): Direction | undefined {
  if (target.direction) return target.direction;
  if (target.value !== undefined && baseline.value !== undefined && target.value !== baseline.value) {
    return target.value > baseline.value ? 'AT_LEAST' : 'AT_MOST';
  }
  if (HIGHER_IS_BETTER.test(name)) return 'AT_LEAST';
  if (LOWER_IS_BETTER.test(name)) return 'AT_MOST';
  return undefined;
}

function quoteRow(blockId: string, row: { text: string; start: number }) {
  const lead = row.text.length - row.text.trimStart().length;
  const quote = row.text.trim();
  return { blockId, start: row.start + lead, end: row.start + lead + quote.length, quote };
}

/**
 * The indicators of one TABLE block: one per data row with a name and a target or baseline cell, its
 * source the whole row (a line of the block's text). The unit is the one written after the target
 * figure, else the 单位 column's, else one in brackets at the end of the name, else the baseline's;
 * the direction from ≥/≤/以上/以内 in the target cell, else from the baseline (a target above the
 * baseline is AT_LEAST), else from what the name measures.
 */
export function suggestFromTable(
  block: { id: string; text: string },
  contextYear: number | undefined,
): IndicatorSuggestion[] {
  const rows: { text: string; start: number }[] = [];
  let offset = 0;
  for (const line of block.text.split('\n')) {
    rows.push({ text: line, start: offset });
    offset += line.length + 1;
  }
  // The header is the first row that reads as one; a title row merged across the table may come first.
  const at = rows.slice(0, 3).findIndex((row) => readHeader(row.text.split(CELL)) !== undefined);
  const columns = at < 0 ? undefined : readHeader(rows[at]?.text.split(CELL) ?? []);
  if (!columns) return [];
  const body = rows.slice(at + 1);
  const suggestions: IndicatorSuggestion[] = [];
  for (const row of body) {
    const cells = row.text.split(CELL);
    const named = readName(cells[columns.name] ?? '');
    if (named.name === '' || row.text.trim() === '') continue;
    const target = readCell(cells[columns.target]);
    const baseline = columns.baseline === undefined ? { unit: '' } : readCell(cells[columns.baseline]);
    const kind = columns.kind === undefined ? undefined : readKind(cells[columns.kind]);
    if (target.value === undefined && baseline.value === undefined) continue;
    const unitCell = columns.unit === undefined ? '' : asUnit(cells[columns.unit] ?? '');
    // The unit written after the target figure first: it is what the figure is in.
    const unit = [normalizeUnit(target.unit), unitCell, named.unit, normalizeUnit(baseline.unit)].find((u) => u !== '');
    const targetYear = columns.targetYear ?? contextYear;
    const dir = direction(named.name, target, baseline);
    suggestions.push({
      name: named.name,
      unit: unit ?? '',
      ...(baseline.value !== undefined && { baseline: baseline.value }),
      ...(baseline.value !== undefined && columns.baselineYear !== undefined && { baselineYear: columns.baselineYear }),
      ...(target.value !== undefined && { target: target.value }),
      ...(targetYear !== undefined && { targetYear }),
      ...(kind && { kind }),
      ...(dir && { direction: dir }),
      source: quoteRow(block.id, row),
    });
  }
  return suggestions;
}
