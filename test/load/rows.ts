/**
 * The rows of issue 11's table that a benchmark measures, each next to its floor measured in the
 * same run: `pnpm bench` prints every row as a ratio against its floor (issue 11, item 8). A
 * bench's last stdout line is JSON carrying `rows: BenchRow[]`.
 */
export interface BenchRow {
  /** Stable id of the table's row, e.g. `mutations-per-second`. */
  id: string;
  /** The figure, as the table names it. */
  figure: string;
  /** The goal, as text: "≥ 1000/s", "≤ 1.5× floor". */
  goal: string;
  value: number | null;
  unit: string;
  floor: number | null;
  floorName: string;
  /** value / floor; null when either is missing. */
  ratio: number | null;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** A row with its ratio worked out (value / floor), figures rounded to what the noise allows. */
export function benchRow(row: Omit<BenchRow, 'ratio'>, digits = 2): BenchRow {
  const finite = (v: number | null) => (v !== null && Number.isFinite(v) ? round(v, digits) : null);
  const value = finite(row.value);
  const floor = finite(row.floor);
  const ratio =
    row.value !== null && row.floor !== null && Number.isFinite(row.value) && row.floor > 0
      ? round(row.value / row.floor, 2)
      : null;
  return { ...row, value, floor, ratio };
}
