import { describe, expect, it } from 'vitest';
import { DocumentError } from './blocks.js';
import { importMarkdown, importMarkdownFile } from './import-markdown.js';

function caught(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

const OUTLINE = `# 浙江省应急管理“十四五”规划

## 第一章 规划背景

### 一、发展基础

“十三五”以来，全省应急管理体系和能力建设取得**明显成效**，
安全生产形势持续稳定向好，\`2019\` 年各类事故起数下降 *12.3%*。

1. 应急管理体制改革有序推进
   - 组建省应急管理厅
   - 整合 [11 个部门](https://example.org/zhize)的相关职责
2. 防灾减灾救灾能力明显提升

> 注：数据截至 2019 年底。

| 指标 | 2020 年 | 2025 年 | 属性 |
| --- | --- | --- | --- |
| 生产安全事故死亡人数下降率 | — | 15% | 约束性 |
| 每万人拥有**综合性消防救援**队伍人数 | 1.2 | 1.5 | 预期性 |

### 二、面临形势

- 自然灾害风险
  - 台风、洪涝
    - 超强台风“利奇马”
- 安全生产风险

\`\`\`
工作组联系人：规财处
\`\`\`

<div align="center">附件：主要指标说明</div>

## 第二章 总体要求
`;

describe('importMarkdown', () => {
  it('turns a planning outline into headings, paragraphs, nested list items and a table', () => {
    expect(importMarkdown(OUTLINE)).toEqual([
      { id: 'b1', kind: 'HEADING', level: 1, text: '浙江省应急管理“十四五”规划' },
      { id: 'b2', kind: 'HEADING', level: 2, text: '第一章 规划背景' },
      { id: 'b3', kind: 'HEADING', level: 3, text: '一、发展基础' },
      {
        id: 'b4',
        kind: 'PARAGRAPH',
        level: 0,
        text: '“十三五”以来，全省应急管理体系和能力建设取得明显成效，安全生产形势持续稳定向好，2019 年各类事故起数下降 12.3%。',

        marks: [
          { start: 23, end: 27, bold: true },
          { start: 56, end: 61, italic: true },
        ],
      },
      { id: 'b5', kind: 'LIST_ITEM', level: 1, text: '应急管理体制改革有序推进', label: '1.' },
      { id: 'b6', kind: 'LIST_ITEM', level: 2, text: '组建省应急管理厅', label: '•' },
      { id: 'b7', kind: 'LIST_ITEM', level: 2, text: '整合 11 个部门的相关职责', label: '•' },
      { id: 'b8', kind: 'LIST_ITEM', level: 1, text: '防灾减灾救灾能力明显提升', label: '2.' },
      { id: 'b9', kind: 'PARAGRAPH', level: 0, text: '注：数据截至 2019 年底。' },
      {
        id: 'b10',
        kind: 'TABLE',
        level: 0,
        text: [
          '指标 | 2020 年 | 2025 年 | 属性',
          '生产安全事故死亡人数下降率 | — | 15% | 约束性',
          '每万人拥有综合性消防救援队伍人数 | 1.2 | 1.5 | 预期性',
        ].join('\n'),
      },
      { id: 'b11', kind: 'HEADING', level: 3, text: '二、面临形势' },
      { id: 'b12', kind: 'LIST_ITEM', level: 1, text: '自然灾害风险', label: '•' },
      { id: 'b13', kind: 'LIST_ITEM', level: 2, text: '台风、洪涝', label: '•' },
      { id: 'b14', kind: 'LIST_ITEM', level: 3, text: '超强台风“利奇马”', label: '•' },
      { id: 'b15', kind: 'LIST_ITEM', level: 1, text: '安全生产风险', label: '•' },
      { id: 'b16', kind: 'PARAGRAPH', level: 0, text: '工作组联系人：规财处' },
      { id: 'b17', kind: 'PARAGRAPH', level: 0, text: '附件：主要指标说明' },
      { id: 'b18', kind: 'HEADING', level: 2, text: '第二章 总体要求' },
    ]);
  });

  it('gives the same ids to the same text, so a re-import of one version is stable', () => {
    expect(importMarkdown(OUTLINE)).toEqual(importMarkdown(OUTLINE));
  });

  it('keeps a space where a line break separates Latin words, and none between Chinese characters', () => {
    const [block] = importMarkdown('Emergency\nmanagement 体系\n建设');
    expect(block?.text).toBe('Emergency management 体系建设');
  });

  it('keeps the paragraphs of a loose list item in one item, before its nested items', () => {
    const blocks = importMarkdown('1. 总体目标。\n\n   到 2025 年基本建成。\n\n   - 分项目标\n');
    expect(blocks.map(({ kind, level, text }) => [kind, level, text])).toEqual([
      ['LIST_ITEM', 1, '总体目标。到 2025 年基本建成。'],
      ['LIST_ITEM', 2, '分项目标'],
    ]);
  });

  it('keeps Chinese punctuation and full-width characters as typed', () => {
    const [block] = importMarkdown('（一）坚持“人民至上、生命至上”；ＡＢＣ：１２３！');
    expect(block?.text).toBe('（一）坚持“人民至上、生命至上”；ＡＢＣ：１２３！');
  });

  it('drops empty blocks', () => {
    const blocks = importMarkdown('#\n\n- \n\n正文\n\n---\n\n<!-- 备注 -->\n');
    expect(blocks).toEqual([{ id: 'b1', kind: 'PARAGRAPH', level: 0, text: '正文' }]);
  });

  it.each([
    ['an empty string', ''],
    ['only whitespace', ' \n\u3000\n\t'],
    ['only rules and comments', '---\n\n***\n\n<!-- 待补充 -->\n'],
  ])('refuses %s as EMPTY', (_, markdown) => {
    const refusal = caught(() => importMarkdown(markdown));
    expect(refusal).toBeInstanceOf(DocumentError);
    expect(refusal).toMatchObject({
      reason: 'EMPTY',
      message: expect.stringMatching(/没有可导入的文字.*no text to import/),
    });
  });
});

describe('importMarkdownFile', () => {
  it('reads UTF-8, with or without the byte-order mark Windows editors write', () => {
    const text = new TextEncoder().encode('# 第一章\n\n正文。');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...text]);
    expect(importMarkdownFile(withBom)).toEqual(importMarkdown('# 第一章\n\n正文。'));
    expect(importMarkdownFile(text)).toEqual(importMarkdownFile(withBom));
  });

  it('refuses bytes that are not UTF-8 (a GBK file, a Word file chosen as Markdown) as NOT_TEXT', () => {
    const gbk = new Uint8Array([0xb5, 0xda, 0xd2, 0xbb, 0xd5, 0xc2]); // 第一章 in GBK
    expect(caught(() => importMarkdownFile(gbk))).toMatchObject({ name: 'DocumentError', reason: 'NOT_TEXT' });
  });
});
