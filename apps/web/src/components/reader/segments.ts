import type { ThreadStatus } from '@gongbian/graphql-client';

/** A thread's passage inside one block: character offsets into the block's text, [start, end). */
export interface Mark {
  threadId: string;
  start: number;
  end: number;
  status: ThreadStatus;
}

/** Bold or italic over [start, end) of the block's text, as the source document had it. */
export interface TextStyle {
  start: number;
  end: number;
  bold: boolean;
  italic: boolean;
}

/** A run of the block's text covered by the same set of marks (none: plain text) and in one style. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** innermost (shortest) first: the one a click on this run should focus */
  marks: Mark[];
  bold?: boolean;
  italic?: boolean;
}

const byInnermost = (a: Mark, b: Mark) => a.end - a.start - (b.end - b.start) || a.start - b.start;

/**
 * Splits a block's text at every start and end of its marks, so overlapping and nested passages
 * each become runs whose marks are exactly the passages covering them. Marks outside the text
 * (a stale anchor) are clipped; empty ones are dropped.
 */
export function segmentText(text: string, marks: readonly Mark[], styles: readonly TextStyle[] = []): Segment[] {
  const length = text.length;
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, length]);
  for (const m of [...valid, ...styles]) {
    cuts.add(Math.min(Math.max(m.start, 0), length));
    cuts.add(Math.min(Math.max(m.end, 0), length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = valid.filter((m) => m.start <= start && m.end >= end).sort(byInnermost);
    const segment: Segment = { start, end, text: text.slice(start, end), marks: covering };
    const styled = styles.filter((s) => s.start <= start && s.end >= end);
    if (styled.some((s) => s.bold)) segment.bold = true;
    if (styled.some((s) => s.italic)) segment.italic = true;
    segments.push(segment);
  }
  return segments;
}

/** The parts of `segments` that fall inside [start, end), cut at its edges. */
export function sliceSegments(segments: readonly Segment[], start: number, end: number): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const a = Math.max(s.start, start);
    const b = Math.min(s.end, end);
    if (b > a) out.push({ ...s, start: a, end: b, text: s.text.slice(a - s.start, b - s.start) });
  }
  return out;
}

export interface TableCell {
  start: number;
  end: number;
  /** the separator text that follows the cell in the block's text (' | ', '\n' or '') */
  after: string;
}

export const CELL_SEPARATOR = ' | ';

/**
 * The cells of a TABLE block (cells joined by ' | ', rows by '\n') with their offsets in its
 * text, so the table can be drawn as a table while offsets stay those of the text.
 */
export function tableCells(text: string): TableCell[][] {
  const rows: TableCell[][] = [];
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((line, r) => {
    const cells = line.split(CELL_SEPARATOR);
    const row: TableCell[] = [];
    cells.forEach((cell, c) => {
      const last = c === cells.length - 1;
      const after = last ? (r === lines.length - 1 ? '' : '\n') : CELL_SEPARATOR;
      row.push({ start: offset, end: offset + cell.length, after });
      offset += cell.length + after.length;
    });
    rows.push(row);
  });
  return rows;
}
