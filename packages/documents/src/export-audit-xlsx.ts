import ExcelJS from 'exceljs';
import { writeWorkbook } from './xlsx.js';

export const AUDIT_SHEET_NAME = '审计日志';
export const AUDIT_COLUMNS = ['时间', '类型', '操作人', '内容', '登录邮箱', '地址', '浏览器'] as const;

export interface AuditLogMeta {
  /** The programme's name, for the title. */
  programName: string;
  /** What the list was narrowed to, in words ("全部" when nothing). */
  filter: string;
  generatedAt: Date;
}

export interface AuditLogRow {
  at: Date;
  kind: string;
  actor: string | null;
  summary: string;
  email: string | null;
  address: string | null;
  userAgent: string | null;
}

const WIDTHS = [20, 22, 14, 60, 28, 18, 40];
const FONT: Partial<ExcelJS.Font> = { name: '仿宋', size: 11 };
const HEADING: Partial<ExcelJS.Font> = { name: '黑体', size: 11, bold: true };

/** Times as the programme reads them: Beijing time, to the second. */
const beijing = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** The audit log as a workbook: a title row, the filter, then one row per entry, newest first. */
export async function auditLogXlsx(meta: AuditLogMeta, rows: AuditLogRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '共编 Gongbian';
  workbook.title = `${meta.programName} 审计日志`;
  workbook.created = meta.generatedAt;
  const sheet = workbook.addWorksheet(AUDIT_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 3, topLeftCell: 'A4' }],
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const title = sheet.addRow([`${meta.programName} 审计日志`]);
  title.getCell(1).font = { name: '黑体', size: 14, bold: true };
  sheet.mergeCells(1, 1, 1, AUDIT_COLUMNS.length);
  sheet.addRow([`筛选：${meta.filter}　导出时间：${beijing(meta.generatedAt)}（北京时间）　共 ${rows.length} 条`]);
  sheet.mergeCells(2, 1, 2, AUDIT_COLUMNS.length);
  const header = sheet.addRow([...AUDIT_COLUMNS]);
  header.eachCell((cell) => {
    cell.font = HEADING;
  });
  for (const r of rows) {
    const row = sheet.addRow([
      beijing(r.at),
      r.kind,
      r.actor ?? '',
      r.summary,
      r.email ?? '',
      r.address ?? '',
      r.userAgent ?? '',
    ]);
    row.eachCell((cell) => {
      cell.font = FONT;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  }
  sheet.autoFilter = {
    from: { row: 3, column: 1 },
    to: { row: Math.max(sheet.rowCount, 3), column: AUDIT_COLUMNS.length },
  };
  return writeWorkbook(workbook);
}
