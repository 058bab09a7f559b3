import { describe, expect, it } from 'vitest';
import { type Mark, segmentText, sliceSegments, tableCells } from './segments';

const mark = (threadId: string, start: number, end: number, status: Mark['status'] = 'OPEN'): Mark => ({
  threadId,
  start,
  end,
  status,
});
const shape = (text: string, marks: Mark[]) =>
  segmentText(text, marks).map((s) => [s.text, s.marks.map((m) => m.threadId).join('+')]);

describe('segmentText', () => {
  const text = '加强应急管理科技支撑能力建设';

  it('leaves a block without passages as one plain run', () => {
    expect(shape(text, [])).toEqual([[text, '']]);
  });

  it('splits the text at a passage and keeps the rest plain', () => {
    expect(shape(text, [mark('a', 2, 6)])).toEqual([
      ['加强', ''],
      ['应急管理', 'a'],
      ['科技支撑能力建设', ''],
    ]);
  });

  it('gives overlapping passages a shared run marked by both', () => {
    // a: 应急管理科技 (2–8), b: 科技支撑 (6–10)
    expect(shape(text, [mark('a', 2, 8), mark('b', 6, 10)])).toEqual([
      ['加强', ''],
      ['应急管理', 'a'],
      ['科技', 'b+a'],
      ['支撑', 'b'],
      ['能力建设', ''],
    ]);
  });

  it('puts the innermost passage first in a nested run, so a click there focuses it', () => {
    const runs = segmentText(text, [mark('outer', 0, 14), mark('inner', 4, 6)]);
    expect(runs.map((s) => [s.text, s.marks.map((m) => m.threadId)])).toEqual([
      ['加强应急', ['outer']],
      ['管理', ['inner', 'outer']],
      ['科技支撑能力建设', ['outer']],
    ]);
  });

  it('handles identical passages, passages that touch, and ones at the very ends', () => {
    expect(shape(text, [mark('a', 0, 2), mark('b', 0, 2), mark('c', 2, 4), mark('d', 12, 14)])).toEqual([
      ['加强', 'a+b'],
      ['应急', 'c'],
      ['管理科技支撑能力', ''],
      ['建设', 'd'],
    ]);
  });

  it('clips a stale passage that runs past the text and drops empty ones', () => {
    expect(shape('短文本', [mark('a', 1, 99), mark('b', 2, 2), mark('c', 5, 9)])).toEqual([
      ['短', ''],
      ['文本', 'a'],
    ]);
  });

  it('always covers the text exactly once, in order', () => {
    const marks = [mark('a', 1, 9), mark('b', 3, 5), mark('c', 4, 12), mark('d', 8, 14)];
    const runs = segmentText(text, marks);
    expect(runs.map((s) => s.text).join('')).toBe(text);
    for (let i = 1; i < runs.length; i++) expect(runs[i]?.start).toBe(runs[i - 1]?.end);
  });
});

describe('tables', () => {
  const table = '项目 | 目标\n装备 | 100%';

  it('finds each cell with its offsets and the separator after it', () => {
    const cells = tableCells(table);
    expect(cells.map((row) => row.map((c) => table.slice(c.start, c.end)))).toEqual([
      ['项目', '目标'],
      ['装备', '100%'],
    ]);
    expect(cells.flat().map((c) => c.after)).toEqual([' | ', '\n', ' | ', '']);
    expect(
      cells
        .flat()
        .map((c) => table.slice(c.start, c.end) + c.after)
        .join(''),
    ).toBe(table);
  });

  it('cuts a passage that spans cells into the part inside each cell', () => {
    const runs = segmentText(table, [mark('a', 3, 9)]); // '| 目标\n装'
    const [first, second] = tableCells(table);
    const inCell = (c: { start: number; end: number }) =>
      sliceSegments(runs, c.start, c.end).map((s) => [s.text, s.marks.length]);
    expect(inCell(first?.[1] as { start: number; end: number })).toEqual([['目标', 1]]);
    expect(inCell(second?.[0] as { start: number; end: number })).toEqual([
      ['装', 1],
      ['备', 0],
    ]);
  });
});

describe('segmentText with the source’s styles', () => {
  it('cuts runs at bold and italic edges and marks each run with its style', () => {
    const styles = [
      { start: 2, end: 6, bold: true, italic: false },
      { start: 4, end: 8, bold: false, italic: true },
    ];
    const runs = segmentText('加强应急管理科技支撑', [], styles).map((s) => [s.text, !!s.bold, !!s.italic]);
    expect(runs).toEqual([
      ['加强', false, false],
      ['应急', true, false],
      ['管理', true, true],
      ['科技', false, true],
      ['支撑', false, false],
    ]);
  });
});
