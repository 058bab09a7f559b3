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
import {
  A4_LONG,
  A4_SHORT,
  BODY_FONT,
  CELL_MARGINS,
  HEADER_FILL,
  HEADING_FONT,
  LANDSCAPE_MARGIN,
} from './official-style.js';
import {
  COLUMN_WEIGHTS,
  groupOpinions,
  NO_OPINIONS,
  OPINION_COLUMNS,
  type OpinionRow,
  type OpinionTableMeta,
  tableSubtitle,
  tableTitle,
} from './opinion-table.js';

// A4 landscape, with 2 cm margins: nine columns need the width.
const MARGIN = LANDSCAPE_MARGIN;
const TABLE_WIDTH = A4_LONG - 2 * MARGIN;
const COLUMN_TWIPS = COLUMN_WEIGHTS.map((weight) => Math.floor((TABLE_WIDTH * weight) / 100));
const CENTRED_COLUMNS = new Set([0, 5, 6]);

const GROUP_FILL = 'F2F2F2';

function cellParagraphs(text: string, align: 'left' | 'center', font = BODY_FONT, bold = false): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text: line, font, bold })],
      }),
  );
}

function headerRow(): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: OPINION_COLUMNS.map(
      (name) =>
        new TableCell({
          children: cellParagraphs(name, 'center', HEADING_FONT),
          shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
          verticalAlign: VerticalAlignTable.CENTER,
          margins: CELL_MARGINS,
        }),
    ),
  });
}

function groupRow(label: string): TableRow {
  return new TableRow({
    cantSplit: true,
    // A chapter's name must not be left alone at the foot of a page.
    keepNext: true,
    children: [
      new TableCell({
        columnSpan: OPINION_COLUMNS.length,
        children: cellParagraphs(label, 'left', HEADING_FONT),
        shading: { type: ShadingType.CLEAR, fill: GROUP_FILL, color: 'auto' },
        margins: CELL_MARGINS,
      }),
    ],
  });
}

function opinionRow(cells: string[]): TableRow {
  return new TableRow({
    children: cells.map(
      (text, column) =>
        new TableCell({
          children: cellParagraphs(text, CENTRED_COLUMNS.has(column) ? 'center' : 'left'),
          verticalAlign: VerticalAlignTable.TOP,
          margins: CELL_MARGINS,
        }),
    ),
  });
}

/** The 意见采纳情况表 as a Word document: A4 landscape, one table grouped by chapter. */
export async function opinionTableDocx(meta: OpinionTableMeta, rows: OpinionRow[]): Promise<Uint8Array> {
  const title = tableTitle(meta);
  const groups = groupOpinions(rows);
  const tableRows = [headerRow()];
  for (const group of groups) {
    tableRows.push(groupRow(group.chapter));
    for (const row of group.rows) tableRows.push(opinionRow(row.cells));
  }
  if (groups.length === 0) tableRows.push(groupRow(NO_OPINIONS));

  const document = new Document({
    title,
    subject: tableSubtitle(meta),
    creator: '共编 Gongbian',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: 21, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for landscape itself; pass the portrait size.
            size: { width: A4_SHORT, height: A4_LONG, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页，共 ', PageNumber.TOTAL_PAGES, ' 页'] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [new TextRun({ text: title, font: HEADING_FONT, size: 36 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: tableSubtitle(meta), size: 24 })],
          }),
          new Table({
            width: { size: TABLE_WIDTH, type: WidthType.DXA },
            columnWidths: COLUMN_TWIPS,
            layout: TableLayoutType.FIXED,
            rows: tableRows,
          }),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
