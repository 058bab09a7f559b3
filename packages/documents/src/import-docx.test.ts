import { randomBytes } from 'node:crypto';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  type ISectionOptions,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DocumentError, MAX_DOCX_BYTES } from './blocks.js';
import { importDocx } from './import-docx.js';
import { importMarkdown } from './import-markdown.js';
import { DOCX_UNPACK_LIMITS } from './unpack-limits.js';
import { wordPackage, zerosPart, zipEntryData } from './zip.test-support.js';

async function buildDocx(
  children: ISectionOptions['children'],
  footnotes?: Record<string, { children: Paragraph[] }>,
): Promise<Uint8Array> {
  const document = new Document({
    footnotes,
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    styles: {
      // Names as WPS and official-document templates write them.
      paragraphStyles: [
        { id: 'CnHeading3', name: '标题 3', basedOn: 'Normal', run: { bold: true } },
        { id: 'ThirdLevel', name: '三级标题', basedOn: 'Normal', run: { bold: true } },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Numbering as official documents write it: 一、 over （一）, and 1. over (1) over bullets. */
async function officialNumberingDocx(): Promise<Uint8Array> {
  const chinese = 'chinese';
  const arabic = 'arabic';
  const items: [string, number, string][] = [
    [chinese, 0, '指导思想'],
    [chinese, 1, '坚持人民至上'],
    [chinese, 1, '坚持系统观念'],
    [chinese, 0, '发展目标'],
    [chinese, 1, '到 2025 年'],
    [arabic, 0, '健全应急指挥体系'],
    [arabic, 1, '省级指挥平台'],
    [arabic, 1, '市县指挥平台'],
    [arabic, 2, '视频会商'],
    [arabic, 0, '提升救援能力'],
  ];
  const document = new Document({
    numbering: {
      config: [
        {
          reference: chinese,
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.START },
          ],
        },
        {
          reference: arabic,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.DECIMAL, text: '(%2)', alignment: AlignmentType.START },
            { level: 2, format: LevelFormat.BULLET, text: '\uf0b7', alignment: AlignmentType.START },
          ],
        },
        {
          reference: 'eleventh',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 11, alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: '浙江省应急管理“十四五”规划' }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: '第一章 总体要求' }),
          ...items.map(([reference, level, text]) => new Paragraph({ text, numbering: { reference, level } })),
          new Paragraph({ text: '第十一项', numbering: { reference: 'eleventh', level: 0 } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const cellsRow = (...cells: (string | TextRun[])[]) =>
  new TableRow({
    children: cells.map(
      (cell) => new TableCell({ children: [new Paragraph(typeof cell === 'string' ? cell : { children: cell })] }),
    ),
  });

function planningOutlineDocx(): Promise<Uint8Array> {
  return buildDocx([
    new Paragraph({ heading: HeadingLevel.TITLE, text: '浙江省应急管理“十四五”规划' }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: '第一章 规划背景' }),
    new Paragraph({ style: 'CnHeading3', text: '一、发展基础' }),
    new Paragraph(''),
    new Paragraph({
      children: [
        new TextRun('\u3000\u3000“十三五”以来，全省应急管理体系和能力建设取得'),
        new TextRun({ text: '明显成效', bold: true }),
        new TextRun('，'),
        // A manual line break inside the paragraph, as drafts pasted from elsewhere often have.
        new TextRun({ text: '安全生产形势持续稳定向好。', break: 1 }),
      ],
    }),
    new Paragraph({ text: '应急管理体制改革有序推进', numbering: { reference: 'outline', level: 0 } }),
    new Paragraph({ text: '组建省应急管理厅', numbering: { reference: 'outline', level: 1 } }),
    new Paragraph({ text: '整合 11 个部门的相关职责', numbering: { reference: 'outline', level: 1 } }),
    new Paragraph({ text: '防灾减灾救灾能力明显提升', numbering: { reference: 'outline', level: 0 } }),
    new Table({
      rows: [
        cellsRow('指标', '2020 年', '2025 年', '属性'),
        cellsRow('生产安全事故死亡人数下降率', '—', '15%', '约束性'),
        cellsRow(
          [new TextRun('每万人拥有'), new TextRun({ text: '综合性消防救援', bold: true }), new TextRun('队伍人数')],
          '1.2',
          '1.5',
          '预期性',
        ),
      ],
    }),
    new Paragraph({ style: 'ThirdLevel', text: '二、面临形势' }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: '第二章 总体要求' }),
  ]);
}

// The same outline in Markdown: both ways in must give the same blocks.
const SAME_OUTLINE_IN_MARKDOWN = `# 浙江省应急管理“十四五”规划
## 第一章 规划背景
### 一、发展基础
“十三五”以来，全省应急管理体系和能力建设取得**明显成效**，
安全生产形势持续稳定向好。

1. 应急管理体制改革有序推进
   - 组建省应急管理厅
   - 整合 11 个部门的相关职责
2. 防灾减灾救灾能力明显提升

| 指标 | 2020 年 | 2025 年 | 属性 |
| --- | --- | --- | --- |
| 生产安全事故死亡人数下降率 | — | 15% | 约束性 |
| 每万人拥有**综合性消防救援**队伍人数 | 1.2 | 1.5 | 预期性 |

### 二、面临形势
## 第二章 总体要求
`;

async function refusal(file: Uint8Array): Promise<DocumentError> {
  const error = await importDocx(file).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

describe('importDocx', () => {
  it('reads a Word planning outline into the same blocks as the Markdown outline', async () => {
    const [title, ...blocks] = await importDocx(await planningOutlineDocx());
    const [markdownTitle, ...markdownBlocks] = importMarkdown(SAME_OUTLINE_IN_MARKDOWN);
    expect(blocks).toEqual(markdownBlocks);
    // Markdown has no title style: its '#' is Heading 1, while Word's Title sits a level above.
    expect(title).toEqual({ ...markdownTitle, level: 0 });
    expect([title, ...blocks].map((block) => `${block?.kind}${block?.level}`)).toEqual([
      'HEADING0',
      'HEADING2',
      'HEADING3',
      'PARAGRAPH0',
      'LIST_ITEM1',
      'LIST_ITEM2',
      'LIST_ITEM2',
      'LIST_ITEM1',
      'TABLE0',
      'HEADING3',
      'HEADING2',
    ]);
  });

  it('keeps the numbers Word draws before list items: 1., (1), 一、, （一）, bullets, with their levels', async () => {
    const blocks = await importDocx(await officialNumberingDocx());
    expect(blocks.map(({ kind, level, label, text }) => [kind, level, label, text])).toEqual([
      ['HEADING', 0, undefined, '浙江省应急管理“十四五”规划'],
      ['HEADING', 1, undefined, '第一章 总体要求'],
      ['LIST_ITEM', 1, '一、', '指导思想'],
      ['LIST_ITEM', 2, '（一）', '坚持人民至上'],
      ['LIST_ITEM', 2, '（二）', '坚持系统观念'],
      ['LIST_ITEM', 1, '二、', '发展目标'],
      ['LIST_ITEM', 2, '（一）', '到 2025 年'],
      ['LIST_ITEM', 1, '1.', '健全应急指挥体系'],
      ['LIST_ITEM', 2, '(1)', '省级指挥平台'],
      ['LIST_ITEM', 2, '(2)', '市县指挥平台'],
      ['LIST_ITEM', 3, '•', '视频会商'],
      ['LIST_ITEM', 1, '2.', '提升救援能力'],
      ['LIST_ITEM', 1, '十一、', '第十一项'],
    ]);
  });

  it('puts the Title style a level above Heading 1, and keeps Heading 1 to 3 below it', async () => {
    const file = await buildDocx([
      new Paragraph({ heading: HeadingLevel.TITLE, text: '杭州市综合防灾减灾规划' }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: '第一章 总则' }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: '第一节 规划依据' }),
      new Paragraph({ heading: HeadingLevel.HEADING_3, text: '一、法律法规' }),
    ]);
    const levels = (await importDocx(file)).map(({ kind, level }) => `${kind}${level}`);
    expect(levels).toEqual(['HEADING0', 'HEADING1', 'HEADING2', 'HEADING3']);
  });

  it('keeps bold and italic runs as marks over the text, which stays the same', async () => {
    const file = await buildDocx([
      new Paragraph({
        children: [
          new TextRun('\u3000\u3000到 2025 年，'),
          new TextRun({ text: '应急管理体系', bold: true }),
          new TextRun('基本建成，'),
          new TextRun({ text: '风险防控能力', italics: true }),
          new TextRun({ text: '明显增强', bold: true, italics: true }),
          new TextRun('。'),
        ],
      }),
      new Paragraph({ text: '健全应急指挥体系', numbering: { reference: 'outline', level: 0 } }),
    ]);
    const [paragraph, item] = await importDocx(file);
    const text = '到 2025 年，应急管理体系基本建成，风险防控能力明显增强。';
    expect(paragraph?.text).toBe(text);
    const at = (part: string) => text.indexOf(part);
    expect(paragraph?.marks).toEqual([
      { start: at('应急管理体系'), end: at('基本建成'), bold: true },
      { start: at('风险防控能力'), end: at('明显增强'), italic: true },
      { start: at('明显增强'), end: at('。'), bold: true, italic: true },
    ]);
    expect(item).toEqual({ id: 'b2', kind: 'LIST_ITEM', level: 1, label: '1.', text: '健全应急指挥体系' });
  });

  it('keeps footnote text but not the back-links Word notes get in HTML', async () => {
    const file = await buildDocx(
      [new Paragraph({ children: [new TextRun('全省森林覆盖率 61.2%'), new FootnoteReferenceRun(1)] })],
      { 1: { children: [new Paragraph('数据来源：省林业局。')] } },
    );
    const texts = (await importDocx(file)).map((block) => block.text);
    expect(texts).toEqual(['全省森林覆盖率 61.2%[1]', '数据来源：省林业局。']);
  });

  it('refuses an empty file as EMPTY', async () => {
    expect((await refusal(new Uint8Array(0))).reason).toBe('EMPTY');
  });

  it('refuses a Word document without any text as EMPTY', async () => {
    const error = await refusal(await buildDocx([new Paragraph(''), new Paragraph('\u3000\u3000')]));
    expect(error.reason).toBe('EMPTY');
  });

  it('refuses a text file renamed .docx as NOT_DOCX, with a message in Chinese and English', async () => {
    const error = await refusal(new TextEncoder().encode('浙江省应急管理“十四五”规划（征求意见稿）'));
    expect(error.reason).toBe('NOT_DOCX');
    expect(error.message).toMatch(/不是有效的 Word \(\.docx\) 文档.*not a valid Word \(\.docx\) document/);
  });

  it('refuses a zip without word/document.xml (an Excel workbook) as NOT_DOCX', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('主要指标').addRow(['指标', '2025 年']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await refusal(xlsx)).reason).toBe('NOT_DOCX');
  });

  it('refuses a file over 20 MB as TOO_LARGE before looking inside it', async () => {
    const docx = await planningOutlineDocx();
    const oversized = new Uint8Array(MAX_DOCX_BYTES + 1);
    oversized.set(docx);
    expect((await refusal(oversized)).reason).toBe('TOO_LARGE');
  });

  it('accepts exactly 20 MB as far as the size check goes', async () => {
    expect((await refusal(new Uint8Array(MAX_DOCX_BYTES))).reason).toBe('NOT_DOCX');
  });

  it('refuses a Word document cut short as UNREADABLE', async () => {
    const docx = await planningOutlineDocx();
    expect((await refusal(docx.subarray(0, Math.floor(docx.length / 2)))).reason).toBe('UNREADABLE');
  });

  it('refuses a Word document whose body is damaged as UNREADABLE', async () => {
    const docx = await planningOutlineDocx();
    const { start, length } = zipEntryData(docx, 'word/document.xml');
    docx.fill(0xff, start, start + length);
    const error = await refusal(docx);
    expect(error.reason).toBe('UNREADABLE');
    expect(error.cause).toBeInstanceOf(Error);
  });
});

describe('importDocx on hostile packages', () => {
  const MiB = 1024 * 1024;
  const PARAGRAPH = '<w:p><w:r><w:t>第一章 总则</w:t></w:r></w:p>';

  it('refuses a zip bomb (400 MB of XML in a few hundred KB) as UNPACKS_TOO_LARGE without inflating it', async () => {
    const bomb = wordPackage(await zerosPart('word/document.xml', 400 * MiB));
    expect(bomb.length).toBeLessThan(2 * MiB);
    const before = process.memoryUsage().arrayBuffers;
    const error = await refusal(bomb);
    expect(error.reason).toBe('UNPACKS_TOO_LARGE');
    expect(error.message).toMatch(/解压后超过 100 MB.*unpacks to more than 100 MB/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * MiB);
  });

  it('refuses a bomb whose directory understates the size, stopping the inflation at the declared size', async () => {
    const part = await zerosPart('word/document.xml', 400 * MiB);
    const liar = wordPackage({ ...part, declaredSize: 10_000 });
    expect((await refusal(liar)).reason).toBe('UNPACKS_TOO_LARGE');
  });

  it('refuses a large part compressed far more than Word text compresses, even under the total', async () => {
    const file = wordPackage(PARAGRAPH, [await zerosPart('word/media/image1.png', 5 * MiB)]);
    expect((await refusal(file)).reason).toBe('UNPACKS_TOO_LARGE');
  });

  it('refuses a package whose parts together unpack past the total', async () => {
    // Incompressible, like photographs: no ratio to object to, only the total (here lowered to 1 MiB).
    const noise = (n: number) => ({ name: `word/media/image${n}.jpeg`, data: randomBytes(600 * 1024) });
    const file = wordPackage(PARAGRAPH, [noise(1), noise(2)]);
    expect((await importDocx(file)).map((b) => b.text)).toEqual(['第一章 总则']);
    await expect(importDocx(file, { ...DOCX_UNPACK_LIMITS, maxUnpackedBytes: MiB })).rejects.toMatchObject({
      reason: 'UNPACKS_TOO_LARGE',
    });
  });

  it('refuses a package of more than 2,000 parts as TOO_MANY_PARTS', async () => {
    const parts = Array.from({ length: 2_001 }, (_, i) => ({ name: `word/part${i}.xml`, data: new Uint8Array(1) }));
    const error = await refusal(wordPackage(PARAGRAPH, parts));
    expect(error.reason).toBe('TOO_MANY_PARTS');
    expect(error.message).toMatch(/超过 2000 个.*more than 2,000 parts/);
  });

  it('still reads a small package built the same way', async () => {
    expect((await importDocx(wordPackage(PARAGRAPH))).map((b) => b.text)).toEqual(['第一章 总则']);
  });
});
