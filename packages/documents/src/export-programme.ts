import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import {
  A4_LONG,
  A4_SHORT,
  BODY_FONT,
  CELL_MARGINS,
  HEADER_FILL,
  HEADING_FONT,
  LANDSCAPE_MARGIN,
} from './official-style.js';
import { writeWorkbook } from './xlsx.js';

/**
 * A programme's lists and reports as official tables: 附件1 (the plans), 附件2 (the research
 * topics) and the progress report (进度报告) — a title, then one or more tables, each a heading, its
 * columns and its rows of text. The server decides what the rows say; this lays them out.
 */
export interface ProgrammeTable {
  /** The table's heading in a report of several (e.g. “一、阶段进度”); none for a single list. */
  heading?: string;
  /** A short name for the table's sheet in .xlsx (at most 31 characters). */
  sheet: string;
  columns: readonly string[];
  /** Relative widths of the columns (any scale). */
  widths: readonly number[];
  /** Columns shown centred (序号, dates, counts). */
  centred?: readonly number[];
  rows: readonly (readonly string[])[];
  /** What the table says when it has no rows. */
  empty?: string;
}

export interface ProgrammeDocument {
  /** “附件1” above the title, as the work plan prints its attachments; none for a report. */
  attachment?: string;
  title: string;
  /** A line under the title (e.g. the programme and the date it stands at). */
  subtitle?: string;
  tables: readonly ProgrammeTable[];
  generatedAt: Date;
}

const MARGIN = LANDSCAPE_MARGIN;
const TABLE_WIDTH = A4_LONG - 2 * MARGIN;

const lines = (text: string, centred: boolean, font = BODY_FONT) =>
  text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text: line, font })],
      }),
  );

function docxTable(t: ProgrammeTable): Table {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const twips = t.widths.map((w) => Math.floor((TABLE_WIDTH * w) / total));
  const centred = new Set(t.centred ?? []);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map(
      (name) =>
        new TableCell({
          children: lines(name, true, HEADING_FONT),
          shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
          verticalAlign: VerticalAlignTable.CENTER,
          margins: CELL_MARGINS,
        }),
    ),
  });
  const body =
    t.rows.length > 0
      ? t.rows.map(
          (cells) =>
            new TableRow({
              children: cells.map(
                (text, i) => new TableCell({ children: lines(text, centred.has(i)), margins: CELL_MARGINS }),
              ),
            }),
        )
      : [
          new TableRow({
            children: [
              new TableCell({
                columnSpan: t.columns.length,
                children: lines(t.empty ?? '无', true),
                margins: CELL_MARGINS,
              }),
            ],
          }),
        ];
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    rows: [header, ...body],
  });
}

/** The document as Word: A4 landscape, 附件 mark, title, then each table under its heading. */
export async function programmeDocx(doc: ProgrammeDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  if (doc.attachment) {
    children.push(new Paragraph({ children: [new TextRun({ text: doc.attachment, font: HEADING_FONT, size: 32 })] }));
  }
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: doc.subtitle ? 120 : 240 },
      children: [new TextRun({ text: doc.title, font: HEADING_FONT, size: 36 })],
    }),
  );
  if (doc.subtitle) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [new TextRun({ text: doc.subtitle, size: 24 })],
      }),
    );
  }
  for (const t of doc.tables) {
    if (t.heading) {
      children.push(
        new Paragraph({
          spacing: { before: 240, after: 120 },
          keepNext: true,
          children: [new TextRun({ text: t.heading, font: HEADING_FONT, size: 28 })],
        }),
      );
    }
    children.push(docxTable(t));
  }
  const document = new Document({
    title: doc.title,
    creator: '共编 Gongbian',
    styles: {
      default: { document: { run: { font: BODY_FONT, size: 21, language: { value: 'en-US', eastAsia: 'zh-CN' } } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_SHORT, height: A4_LONG, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

const FONT: Partial<ExcelJS.Font> = { name: '仿宋', size: 11 };
const HEADING: Partial<ExcelJS.Font> = { name: '黑体', size: 11, bold: true };

/** The document as a workbook: one sheet per table, each with the title, then the header row and the rows. */
export async function programmeXlsx(doc: ProgrammeDocument): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '共编 Gongbian';
  workbook.title = doc.title;
  workbook.created = doc.generatedAt;
  for (const t of doc.tables) {
    const sheet = workbook.addWorksheet(t.sheet.slice(0, 31));
    sheet.columns = t.widths.map((w) => ({ width: Math.max(6, w) }));
    const title = sheet.addRow([[doc.attachment, doc.title, t.heading].filter(Boolean).join('　')]);
    title.getCell(1).font = { name: '黑体', size: 14, bold: true };
    sheet.mergeCells(1, 1, 1, t.columns.length);
    sheet.addRow([doc.subtitle ?? '']);
    sheet.mergeCells(2, 1, 2, t.columns.length);
    const header = sheet.addRow([...t.columns]);
    header.eachCell((cell) => {
      cell.font = HEADING;
    });
    for (const cells of t.rows) {
      const row = sheet.addRow([...cells]);
      row.eachCell((cell) => {
        cell.font = FONT;
        cell.alignment = { vertical: 'top', wrapText: true };
      });
    }
    if (t.rows.length === 0) sheet.addRow([t.empty ?? '无']);
    sheet.views = [{ state: 'frozen', ySplit: 3, topLeftCell: 'A4' }];
  }
  return writeWorkbook(workbook);
}
