import { bareAt, sameValue, writtenNumbers } from './numbers.js';
import { foldWidth, normalizeUnit, sameUnit, unitAt } from './units.js';

// Where a table names its unit once (a header or the indicator's name: "救灾物资运抵时间（小时）",
// "单位：万人") rather than after every figure.
const UNIT_LABELS = [
  /[([【]\s*(?:单位:?\s*)?([^()[\]【】\s]{1,12})\s*[)\]】]/gu,
  /单位\s*:?\s*([^\s,;|)\]】]{1,12})/gu,
];

// A table row (cells joined by ' | ', as @gongbian/documents stores TABLE blocks): its bare figures are
// in the row's unit, wherever the row writes it — a unit cell ("个"), or after another figure ("12小时").
const CELL = / \| /u;

function labelsUnit(folded: string, unit: string): boolean {
  if (UNIT_LABELS.some((pattern) => [...folded.matchAll(pattern)].some((m) => sameUnit(m[1] ?? '', unit)))) {
    return true;
  }
  if (!CELL.test(folded)) return false;
  return folded.split('|').some((cell) => {
    const trimmed = cell.trim();
    if (sameUnit(trimmed, unit)) return true;
    const figure = /^\D*\d[\d,]*(?:\.\d+)?\s*(.*?)(?:及以上|以上|以下|以内|之内)?$/u.exec(trimmed);
    if (!figure) return false;
    const rest = figure[1] ?? '';
    const written = unitAt(rest, 0);
    return sameUnit(written ?? rest, unit);
  });
}

/**
 * Whether the passage states `target` in `unit`: some number written in it equals the target
 * (95 = 95.0 = ９５; Arabic numerals only), and
 * - it is followed (spaces allowed) by a spelling of the same unit: "达到95%以上", "不低于９５％",
 *   "控制在2.5小时以内", "1.2万人" (but not "12000人" for 1.2 万人: no conversion), or
 * - it stands bare, followed by nothing, punctuation, a table's cell separator or a bound (以下, 以内 …;
 *   "降至0.011以下"), and the passage names
 *   the unit as a label, in brackets or after 单位 ("时间（小时） | 12 | 8"), or the unit is '' (a
 *   figure with no unit, such as a rate per 亿元 written as 0.012), or the passage is a table row
 *   that writes the unit in another cell ("个", or "12小时" beside a bare 10).
 * A number followed by another unit, or by a word (2025年, 3月, 8大类), does not state the value.
 *
 * A passage that also states the value as a baseline (85% in "覆盖率 | 85% | 100%") states it too:
 * the passage alone cannot tell which figure is the target.
 */
export function statesValue(text: string, target: number, unit: string): boolean {
  if (!Number.isFinite(target)) return false;
  const folded = foldWidth(text);
  const wanted = normalizeUnit(unit);
  let labelled: boolean | undefined;
  for (const number of writtenNumbers(text)) {
    if (!sameValue(number.value, target)) continue;
    let pos = number.end;
    while (folded.charAt(pos) === ' ') pos++;
    const written = unitAt(folded, pos);
    if (written !== undefined) {
      if (sameUnit(written, wanted)) return true;
      continue;
    }
    if (wanted !== '' && pos < folded.length && folded.startsWith(wanted, pos)) return true;
    if (!bareAt(folded, number.end)) continue;
    if (wanted === '') return true;
    labelled ??= labelsUnit(folded, wanted);
    if (labelled) return true;
  }
  return false;
}
