import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { opinionTableDocx } from './export-docx.js';
import { importDocx } from './import-docx.js';
import { EXPECTED_GROUPS, META, ROWS } from './opinion-table.fixtures.js';
import { OPINION_COLUMNS, type OpinionRow } from './opinion-table.js';
import { readZipText } from './zip.test-support.js';

const asBuffer = (file: Uint8Array) => Buffer.from(file.buffer, file.byteOffset, file.byteLength);

/** The columns the department's form has, spelt out so that a column lost or moved fails here. */
const COLUMNS = ['序号', '章节条款', '原文', '意见内容', '提出单位（人）', '来源', '采纳情况', '理由说明', '落实情况'];

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

/** Each table row's cells, as Word shows them, read back from the file. */
async function tableRows(file: Uint8Array): Promise<string[][]> {
  const [, , table] = await importDocx(file);
  return (table?.text.split('\n') ?? []).map((line) => line.split(' | '));
}

/** The horizontal alignment of each cell's paragraphs, row by row, straight from document.xml. */
function cellAlignments(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr\b.*?<\/w:tr>/gs)].map(([row]) =>
    [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) => {
      const aligns = new Set([...cell.matchAll(/<w:jc w:val="(\w+)"\/>/g)].map((match) => match[1]));
      return [...aligns].join('+');
    }),
  );
}

describe('opinionTableDocx', () => {
  it('lays the table out on A4 landscape', async () => {
    const xml = readZipText(await opinionTableDocx(META, ROWS), 'word/document.xml');
    const pageSize = xml.match(/<w:pgSz\b[^>]*\/>/)?.[0] ?? '';
    expect(pageSize).toContain('w:orient="landscape"');
    expect(pageSize).toContain('w:w="16838"');
    expect(pageSize).toContain('w:h="11906"');
  });

  it('repeats the header row on every page and sets Chinese text in 仿宋 and 黑体', async () => {
    const file = await opinionTableDocx(META, ROWS);
    const xml = readZipText(file, 'word/document.xml');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(readZipText(file, 'word/styles.xml')).toContain('w:eastAsia="仿宋"');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(grid).toHaveLength(9);
    expect([...grid].sort((a, b) => b - a).slice(0, 2)).toEqual([grid[3], grid[2]]);
  });

  it('fits the nine columns inside the margins and gives 落实情况 room for its phrase', async () => {
    const xml = readZipText(await opinionTableDocx(META, ROWS), 'word/document.xml');
    const attribute = (tag: string, name: string) =>
      Number(xml.match(new RegExp(`<w:${tag}\\b[^>]*\\bw:${name}="(\\d+)"`))?.[1]);
    const textWidth = attribute('pgSz', 'w') - attribute('pgMar', 'left') - attribute('pgMar', 'right');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    const total = grid.reduce((sum, width) => sum + width, 0);
    expect(total).toBeLessThanOrEqual(textWidth);
    expect(total).toBeGreaterThan(textWidth * 0.99);
    // 落实情况 holds a phrase such as 已落实（第 2 版）: at least as wide as 章节条款 and 来源.
    expect(grid[8]).toBeGreaterThanOrEqual(Math.max(grid[1] ?? 0, grid[5] ?? 0));
  });

  it('starts with the centred title and the stage line', async () => {
    const file = await opinionTableDocx(META, ROWS);
    const { value: text } = await mammoth.extractRawText({ buffer: asBuffer(file) });
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(lines.slice(0, 2)).toEqual([
      '《浙江省应急管理“十四五”规划》意见采纳情况表',
      '征求意见稿 · 第 1 版 · 生成于 2020-11-16',
    ]);
    const firstParagraph = readZipText(file, 'word/document.xml').match(/<w:p\b.*?<\/w:p>/s)?.[0] ?? '';
    expect(firstParagraph).toContain('意见采纳情况表');
    expect(firstParagraph).toContain('<w:jc w:val="center"/>');
  });

  it('writes one table: the nine columns, then each chapter as a full-width row before its opinions', async () => {
    const file = await opinionTableDocx(META, ROWS);
    const { value: html } = await mammoth.convertToHtml({ buffer: asBuffer(file) });
    expect(html.match(/<table>/g)).toHaveLength(1);
    const headerCells = [...(html.match(/<thead>(.*?)<\/thead>/)?.[1] ?? '').matchAll(/<th><p>(.*?)<\/p><\/th>/g)];
    expect(headerCells.map((match) => match[1])).toEqual(COLUMNS);
    expect(OPINION_COLUMNS).toEqual(COLUMNS);
    const groupRows = [...html.matchAll(/<td colspan="9"><p>(.*?)<\/p><\/td>/g)].map((match) => match[1]);
    expect(groupRows).toEqual(EXPECTED_GROUPS.map((group) => group.chapter));

    const blocks = await importDocx(file);
    expect(blocks.map((block) => block.kind)).toEqual(['PARAGRAPH', 'PARAGRAPH', 'TABLE']);
    expect(blocks[2]?.text.split('\n')).toEqual([
      COLUMNS.join(' | '),
      '全文/通篇',
      '1 | 全文 |  | 建议全文统一“应急管理部门”的称谓。 | 省安科院 专家组 | 专家评审 | 采纳 | 已统一。 | ',
      '第一章 规划背景',
      '2 | 一、发展基础 | 全省应急管理体系和能力建设取得明显成效 | 建议补充“十三五”期间主要指标完成情况。 | 科信处 李明 | 在线 | 采纳 | 已在第一章增加指标完成情况表。 | ',
      '3 | 二、面临形势 | 超强台风“利奇马” | 台风影响的表述过于笼统， 建议量化直接经济损失。 | 省人大代表 王某 | 会议 | 部分采纳 | 补充受灾人口数据；经济损失以统计部门公布为准。 | ',
      '4 | 一、发展基础 | 整合 11 个部门的相关职责 | 请核实部门数量。 | 规财处 赵某 | 在线 | 待处理 |  | ',
      '第三章 主要任务',
      '5 | （二）提升救援能力 | 建设省级航空应急救援基地 | 建议明确基地选址。 | 公众 张某 | 公众 | 不采纳 | 选址由专项规划研究确定。 | ',
    ]);
  });

  it("puts each opinion's 落实情况 in the last column, and leaves it empty for opinions without one", async () => {
    const rows = await tableRows(await opinionTableDocx(META, WITH_IMPLEMENTATION));
    const opinions = rows.filter((cells) => cells.length > 1).slice(1);
    expect(opinions.map((cells) => cells.length)).toEqual([9, 9, 9, 9, 9]);
    expect(opinions.map((cells) => [cells[0], cells[6], cells[7], cells[8]])).toEqual([
      ['1', '采纳', '已统一。', '已落实（第 2 版）'],
      ['2', '采纳', '已在第一章增加指标完成情况表。', '已落实（第 2 版第一章表 1）'],
      ['3', '部分采纳', '补充受灾人口数据；经济损失以统计部门公布为准。', '部分落实 受灾人口数据见第 2 版'],
      ['4', '待处理', '', ''],
      ['5', '不采纳', '选址由专项规划研究确定。', ''],
    ]);
  });

  it('centres 序号, 来源 and 采纳情况 and sets the text columns, 落实情况 among them, flush left', async () => {
    const xml = readZipText(await opinionTableDocx(META, WITH_IMPLEMENTATION), 'word/document.xml');
    const opinionRows = cellAlignments(xml)
      .filter((cells) => cells.length === 9)
      .slice(1);
    expect(opinionRows).toHaveLength(5);
    for (const alignments of opinionRows) {
      expect(alignments).toEqual(['center', 'left', 'left', 'left', 'left', 'center', 'center', 'left', 'left']);
    }
  });

  it('does not double the book-title marks of a plan title that has them', async () => {
    const file = await opinionTableDocx({ ...META, planTitle: '《应急物资储备“十四五”规划》' }, []);
    const { value: text } = await mammoth.extractRawText({ buffer: asBuffer(file) });
    expect(text).toContain('《应急物资储备“十四五”规划》意见采纳情况表');
    expect(text).toContain('本轮未收到意见');
  });

  it('drops characters XML cannot carry, so a pasted control character does not corrupt the file', async () => {
    const pasted = { ...ROWS[0], chapter: '第一章', opinion: '建议\u0007补充\ud800指标。' } as (typeof ROWS)[number];
    const [, , table] = await importDocx(await opinionTableDocx(META, [pasted]));
    expect(table?.text.split('\n')[2]).toContain('| 建议补充指标。 |');
  });
});
