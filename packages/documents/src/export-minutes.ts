import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
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
import { type MinutesBlock, minutesBlocks } from './export-minutes-markdown.js';
import { A4_LONG, A4_SHORT, BODY_FONT, CELL_MARGINS, HEADER_FILL, HEADING_FONT } from './official-style.js';
import { cleanCell } from './opinion-table.js';

/** A meeting as its record shows it. All fields are display text, already translated. */
export interface MinutesRecord {
  /** 会议类型, e.g. 征求意见会. */
  kindLabel: string;
  title: string;
  /** Shown in Beijing time, e.g. 2020年11月20日 14:30. */
  startsAt: Date;
  location: string | null;
  hostUnit: string;
  /** Titles of the plans concerned. */
  plans: string[];
  /** 'name（unit）'. */
  attendees: string[];
  /** e.g. '省人大代表 ×3'. */
  externalAttendees: string[];
  agenda: string | null;
  /** Markdown: headings, paragraphs and lists are set as such, other markup is dropped. */
  minutes: string;
  /** `dueOn` as YYYY-MM-DD. */
  actionItems: { title: string; ownerUnit: string; dueOn: string | null; status: string }[];
  opinions: { author: string; quote: string; opinion: string; disposition: string; reason: string }[];
}

export const ACTION_ITEM_COLUMNS: readonly string[] = Object.freeze(['序号', '事项', '责任单位', '完成时限', '状态']);
export const MEETING_OPINION_COLUMNS: readonly string[] = Object.freeze([
  '序号',
  '提出人',
  '原文',
  '意见',
  '采纳情况',
  '理由说明',
]);
/** What an empty section or detail says. */
export const NOTHING = '无';

// A minutes is prose, so A4 portrait with the page of GB/T 9704 (公文格式): margins 37/35/28/26 mm.
const A4_WIDTH = A4_SHORT;
const A4_HEIGHT = A4_LONG;
const MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 };
const TEXT_WIDTH = A4_WIDTH - MARGIN.left - MARGIN.right;
// Half-points: 二号 title, 三号 text on an exact 28 pt line, 小四 in tables so that six columns fit.
const TITLE_SIZE = 44;
const TEXT_SIZE = 32;
const TABLE_SIZE = 24;
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
// Two characters of 三号 text, the 公文 paragraph indent.
const INDENT = 640;

const ACTION_WEIGHTS = [8, 44, 22, 14, 12];
const OPINION_WEIGHTS = [6, 13, 22, 25, 10, 24];

const SECTION_NUMBERS = ['一', '二', '三', '四'];

// The department works on Beijing time, whatever the server's zone.
const BEIJING = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 2020年11月20日 14:30, in Beijing. */
export function beijingDateTime(at: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    BEIJING.formatToParts(at).find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}年${part('month')}月${part('day')}日 ${part('hour')}:${part('minute')}`;
}

/** 2020-12-31 as 2020年12月31日; anything else as it is. */
function chineseDate(date: string | null): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : (date ?? '');
}

/** 「征求意见座谈会」 → 征求意见座谈会纪要; a title that names no meeting gets 会议纪要. */
export function minutesTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.endsWith('纪要')) return trimmed;
  return /会议?$/.test(trimmed) ? `${trimmed}纪要` : `${trimmed}会议纪要`;
}

function bookTitle(title: string): string {
  // Plan titles are often stored with their book-title marks already; do not double them.
  return `《${title.trim().replace(/^《|》$/g, '')}》`;
}

function listed(items: readonly string[]): string {
  const text = items.map(cleanCell).filter(Boolean).join('、');
  return text || NOTHING;
}

/** Runs for text that may hold line breaks: a break within one paragraph, not a new paragraph. */
function runs(text: string, font = BODY_FONT, size?: number): TextRun[] {
  return cleanCell(text)
    .split('\n')
    .map((line, index) => new TextRun({ text: line, font, size, break: index > 0 ? 1 : undefined }));
}

function prose(text: string): Paragraph {
  return new Paragraph({ spacing: LINE, indent: { firstLine: INDENT }, children: runs(text) });
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

/** Section headings are level 1, the minutes' own from 2: Word's outline and navigation pane follow them. */
function heading(text: string, level: number): Paragraph {
  return new Paragraph({ heading: HEADINGS[Math.min(level, HEADINGS.length) - 1], children: runs(text, HEADING_FONT) });
}

// Every heading in 黑体 at text size, indented like text, as 公文 sets 一、 and （一） headings.
const HEADING_STYLE = {
  run: { font: HEADING_FONT, size: TEXT_SIZE, color: '000000', bold: false, italics: false },
  paragraph: { spacing: LINE, indent: { firstLine: INDENT }, keepNext: true },
};

function detail(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: LINE,
    indent: { firstLine: INDENT },
    children: [new TextRun({ text: `${label}：`, font: HEADING_FONT }), ...runs(cleanCell(value) || NOTHING)],
  });
}

function minutesParagraph(block: MinutesBlock, topLevel: number): Paragraph {
  if (block.kind === 'heading') return heading(block.text, 2 + block.level - topLevel);
  if (block.kind === 'paragraph') return prose(block.text);
  // Hanging indent, so that the item's text lines up after its number.
  return new Paragraph({
    spacing: LINE,
    indent: { left: INDENT * (block.depth + 1), hanging: INDENT },
    children: runs(`${block.marker} ${block.text}`),
  });
}

function cell(text: string, centred: boolean, header = false): TableCell {
  return new TableCell({
    children: cleanCell(text)
      .split('\n')
      .map(
        (line) =>
          new Paragraph({
            alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [new TextRun({ text: line, font: header ? HEADING_FONT : BODY_FONT, size: TABLE_SIZE })],
          }),
      ),
    shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    margins: CELL_MARGINS,
  });
}

/** A numbered table, or 无 when there are no rows. Columns in `centred` are short values. */
function table(columns: readonly string[], weights: number[], rows: string[][], centred: Set<number>) {
  if (rows.length === 0) return prose(NOTHING);
  const widths = weights.map((weight) => Math.floor((TEXT_WIDTH * weight) / 100));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((name) => cell(name, true, true)),
      }),
      ...rows.map(
        (cells, index) =>
          new TableRow({
            children: [String(index + 1), ...cells].map((text, column) => cell(text, centred.has(column))),
          }),
      ),
    ],
  });
}

/** The sections after the details, numbered 一、二、… in 公文 fashion. */
function sections(record: MinutesRecord): [string, (Paragraph | Table)[]][] {
  // The agenda is plain text, an item a line.
  const agenda = cleanCell(record.agenda ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(prose);
  const blocks = minutesBlocks(record.minutes);
  // The minutes' top heading level, whichever it is, sits under the section heading.
  const topLevel = blocks.reduce((top, block) => (block.kind === 'heading' ? Math.min(top, block.level) : top), 6);
  const minutes = blocks.map((block) => minutesParagraph(block, topLevel));
  return [
    ['会议议程', agenda.length > 0 ? agenda : [prose(NOTHING)]],
    ['会议纪要', minutes.length > 0 ? minutes : [prose(NOTHING)]],
    [
      '工作事项',
      [
        table(
          ACTION_ITEM_COLUMNS,
          ACTION_WEIGHTS,
          record.actionItems.map((item) => [item.title, item.ownerUnit, chineseDate(item.dueOn), item.status]),
          new Set([0, 3, 4]),
        ),
      ],
    ],
    [
      '会议意见及采纳情况',
      [
        table(
          MEETING_OPINION_COLUMNS,
          OPINION_WEIGHTS,
          record.opinions.map((row) => [row.author, row.quote, row.opinion, row.disposition, row.reason]),
          new Set([0, 4]),
        ),
      ],
    ],
  ];
}

/** The 会议纪要 as a Word document: A4 portrait, the details, then agenda, minutes, action items and opinions. */
export async function meetingMinutesDocx(record: MinutesRecord): Promise<Uint8Array> {
  const title = minutesTitle(record.title);
  const when = beijingDateTime(record.startsAt);
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 480 },
      children: runs(title, HEADING_FONT, TITLE_SIZE),
    }),
    detail('会议类型', record.kindLabel),
    detail('时间', when),
    detail('地点', record.location ?? ''),
    detail('主持单位', record.hostUnit),
    detail('涉及规划', listed(record.plans.map(bookTitle))),
    detail('参会人员', listed(record.attendees)),
    detail('其他参会人员', listed(record.externalAttendees)),
  ];
  sections(record).forEach(([name, content], index) => {
    body.push(heading(`${SECTION_NUMBERS[index]}、${name}`, 1), ...content);
  });

  const document = new Document({
    title,
    subject: `${record.kindLabel} · ${when}`,
    creator: '共编 Gongbian',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: TEXT_SIZE, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        },
        heading1: HEADING_STYLE,
        heading2: HEADING_STYLE,
        heading3: HEADING_STYLE,
        heading4: HEADING_STYLE,
      },
    },
    sections: [
      {
        properties: { page: { size: { width: A4_WIDTH, height: A4_HEIGHT }, margin: MARGIN } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['第 ', PageNumber.CURRENT, ' 页，共 ', PageNumber.TOTAL_PAGES, ' 页'],
                    size: TABLE_SIZE,
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
