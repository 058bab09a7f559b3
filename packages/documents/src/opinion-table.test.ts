import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { opinionTableDocx } from './export-docx.js';
import { opinionTableXlsx, SHEET_NAME } from './export-xlsx.js';
import { importDocx } from './import-docx.js';
import { META, ORPHANED_ROW, ROWS } from './opinion-table.fixtures.js';
import { groupOpinions, OPINION_COLUMNS } from './opinion-table.js';

// Issue 13: an opinion whose passage was deleted was filed under 全文/通篇, as if it were about the
// whole text. It keeps its quote, marked 原文已删除, in a group of its own after the others.

/** The rows with the orphan arriving first, as the server lists threads without a place. */
const WITH_ORPHAN = [ORPHANED_ROW, ...ROWS];

describe('opinions whose passage was deleted', () => {
  it('are grouped last under 原文已删除的条款, never under 全文/通篇, numbering on', () => {
    const groups = groupOpinions(WITH_ORPHAN);
    expect(groups.map((group) => group.chapter)).toEqual([
      '全文/通篇',
      '第一章 规划背景',
      '第三章 主要任务',
      '原文已删除的条款',
    ]);
    expect(groups[0]?.rows.map((row) => row.cells[3])).toEqual(['建议全文统一“应急管理部门”的称谓。']);
    expect(groups.at(-1)?.rows).toEqual([
      {
        number: 6,
        cells: [
          '6',
          '二、面临形势',
          '〔原文已删除〕极端天气事件趋多趋强',
          '建议补充台风灾害损失数据。',
          '科信处 李明',
          '在线',
          '待处理',
          '',
          '',
        ],
      },
    ]);
  });

  it('show their quote marked 原文已删除 in the .docx table', async () => {
    const [, , table] = await importDocx(await opinionTableDocx(META, WITH_ORPHAN));
    const lines = table?.text.split('\n') ?? [];
    expect(lines.slice(-2)).toEqual([
      '原文已删除的条款',
      '6 | 二、面临形势 | 〔原文已删除〕极端天气事件趋多趋强 | 建议补充台风灾害损失数据。 | 科信处 李明 | 在线 | 待处理 |  | ',
    ]);
    expect(lines.indexOf('全文/通篇')).toBe(1);
    expect(lines[2]).toContain('建议全文统一');
  });

  it('say 原文已删除 for the clause when it is not known where the passage stood', () => {
    const [group] = groupOpinions([{ ...ORPHANED_ROW, clause: '' }]);
    expect(group?.rows[0]?.cells.slice(1, 3)).toEqual(['原文已删除', '〔原文已删除〕极端天气事件趋多趋强']);
  });

  it('show their quote marked 原文已删除 in the .xlsx sheet', async () => {
    const file = await opinionTableXlsx(META, WITH_ORPHAN);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet(SHEET_NAME);
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => {
      rows.push(Array.from({ length: 9 }, (_, i) => row.getCell(i + 1).value));
    });
    expect(rows.at(-2)?.[0]).toBe('原文已删除的条款');
    expect(rows.at(-1)?.slice(0, 4)).toEqual([
      6,
      '二、面临形势',
      '〔原文已删除〕极端天气事件趋多趋强',
      '建议补充台风灾害损失数据。',
    ]);
  });
});

describe('the 落实情况 column', () => {
  it('is the last of the nine, after 理由说明', () => {
    expect(OPINION_COLUMNS.slice(-2)).toEqual(['理由说明', '落实情况']);
    expect(OPINION_COLUMNS).toHaveLength(9);
  });

  it('carries the text of an adopted opinion, cleaned as every cell is, and stays empty without one', () => {
    const [adopted, , wholeDraft] = ROWS;
    if (!adopted || !wholeDraft) throw new Error('fixture rows missing');
    const [whole, chapter] = groupOpinions([
      { ...adopted, implementation: ' 已落实（第 2 版）\u0007\r\n牵头处室已核对 ' },
      { ...wholeDraft, implementation: '' },
      { ...adopted, disposition: '不采纳' },
    ]);
    expect(whole?.rows.map((row) => row.cells.at(-1))).toEqual(['']);
    expect(chapter?.rows.map((row) => row.cells)).toEqual([
      [
        '2',
        '一、发展基础',
        '全省应急管理体系和能力建设取得明显成效',
        '建议补充“十三五”期间主要指标完成情况。',
        '科信处 李明',
        '在线',
        '采纳',
        '已在第一章增加指标完成情况表。',
        '已落实（第 2 版）\n牵头处室已核对',
      ],
      [
        '3',
        '一、发展基础',
        '全省应急管理体系和能力建设取得明显成效',
        '建议补充“十三五”期间主要指标完成情况。',
        '科信处 李明',
        '在线',
        '不采纳',
        '已在第一章增加指标完成情况表。',
        '',
      ],
    ]);
  });

  it("keeps an orphaned opinion's 落实情况 beside its marked quote", () => {
    const [group] = groupOpinions([{ ...ORPHANED_ROW, disposition: '采纳', implementation: '原文已删除' }]);
    expect(group?.rows[0]?.cells.slice(2)).toEqual([
      '〔原文已删除〕极端天气事件趋多趋强',
      '建议补充台风灾害损失数据。',
      '科信处 李明',
      '在线',
      '采纳',
      '',
      '原文已删除',
    ]);
  });
});
