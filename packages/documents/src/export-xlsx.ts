import ExcelJS from 'exceljs';
import {
  groupOpinions,
  NO_OPINIONS,
  OPINION_COLUMNS,
  type OpinionRow,
  type OpinionTableMeta,
  tableSubtitle,
  tableTitle,
} from './opinion-table.js';
import { writeWorkbook } from './xlsx.js';

export const SHEET_NAME = '意见采纳情况表';
/** Row 1 the title, row 2 stage · version · date, row 3 the column names, opinions from row 4. */
export const XLSX_HEADER_ROW = 3;

// Widths in characters; CJK characters count about two each in Excel's measure.
const COLUMN_WIDTHS = [6, 16, 38, 42, 18, 10, 10, 32, 22];
const CENTRED_COLUMNS = new Set([1, 6, 7]);

const BODY_FONT: Partial<ExcelJS.Font> = { name: '仿宋', size: 11 };
const HEADING_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 11, bold: true };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

function fullWidthRow(sheet: ExcelJS.Worksheet, text: string, font: Partial<ExcelJS.Font>): ExcelJS.Row {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, OPINION_COLUMNS.length);
  const cell = row.getCell(1);
  cell.font = font;
  cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
  return row;
}

/** The 意见采纳情况表 as a workbook: one sheet, chapters as group rows that Excel can fold. */
export async function opinionTableXlsx(meta: OpinionTableMeta, rows: OpinionRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '共编 Gongbian';
  workbook.title = tableTitle(meta);
  workbook.subject = tableSubtitle(meta);
  workbook.created = meta.generatedAt;

  const sheet = workbook.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: XLSX_HEADER_ROW, topLeftCell: `A${XLSX_HEADER_ROW + 1}` }],
    // Printed as the Word version is: A4 landscape, one page wide, the column names on every page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${XLSX_HEADER_ROW}:${XLSX_HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    properties: { outlineProperties: { summaryBelow: false, summaryRight: false } },
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));

  const title = fullWidthRow(sheet, tableTitle(meta), { name: '黑体', size: 16, bold: true });
  title.height = 30;
  title.getCell(1).alignment = { vertical: 'middle', horizontal: 'center' };
  const subtitle = fullWidthRow(sheet, tableSubtitle(meta), BODY_FONT);
  subtitle.getCell(1).alignment = { vertical: 'middle', horizontal: 'center' };

  const header = sheet.addRow([...OPINION_COLUMNS]);
  header.eachCell((cell) => {
    cell.font = HEADING_FONT;
    cell.fill = fill('FFD9D9D9');
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });

  const groups = groupOpinions(rows);
  for (const group of groups) {
    const groupRow = fullWidthRow(sheet, group.chapter, HEADING_FONT);
    groupRow.getCell(1).fill = fill('FFF2F2F2');
    groupRow.getCell(1).border = THIN;
    for (const { number, cells } of group.rows) {
      const row = sheet.addRow([number, ...cells.slice(1)]);
      row.outlineLevel = 1;
      for (let column = 1; column <= OPINION_COLUMNS.length; column++) {
        const cell = row.getCell(column);
        cell.font = BODY_FONT;
        cell.border = THIN;
        cell.alignment = {
          vertical: 'top',
          horizontal: CENTRED_COLUMNS.has(column) ? 'center' : 'left',
          wrapText: true,
        };
      }
    }
  }
  if (groups.length === 0) fullWidthRow(sheet, NO_OPINIONS, BODY_FONT);

  sheet.autoFilter = {
    from: { row: XLSX_HEADER_ROW, column: 1 },
    to: { row: Math.max(sheet.rowCount, XLSX_HEADER_ROW), column: OPINION_COLUMNS.length },
  };
  return writeWorkbook(workbook);
}
