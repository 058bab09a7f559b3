/** One opinion and its disposition, as the 意见采纳情况表 shows it. All fields are display text. */
export interface OpinionRow {
  /** The chapter heading the passage is under; '' puts the row in the whole-draft group. */
  chapter: string;
  /** 章节条款: e.g. the nearest heading text, or '全文'; for an orphan, where its passage stood ('' if unknown). */
  clause: string;
  /** 原文: the anchored passage; '' for opinions on the whole draft. */
  quote: string;
  /** 意见内容, plain text. */
  opinion: string;
  /** 提出单位（人）. */
  author: string;
  /** 来源: 在线 / 会议 / 专家评审 / 公众. */
  source: string;
  /** 采纳情况: 采纳 / 部分采纳 / 不采纳 / 待处理 / 已撤回. */
  disposition: string;
  /** 理由说明. */
  reason: string;
  /**
   * 落实情况: whether an adopted opinion reached the next version (已落实 / 未落实 / 原文已删除 /
   * 待新版本核对, with the version or the lead unit's note); '' for opinions not adopted.
   */
  implementation?: string;
  /**
   * The passage was deleted in a later version (an ORPHANED thread): the row keeps its original quote,
   * marked as deleted, in a group of its own, never among the opinions on the whole text.
   */
  orphaned?: boolean;
}

export interface OpinionTableMeta {
  planTitle: string;
  stageLabel: string;
  version: number;
  generatedAt: Date;
}

export const OPINION_COLUMNS: readonly string[] = Object.freeze([
  '序号',
  '章节条款',
  '原文',
  '意见内容',
  '提出单位（人）',
  '来源',
  '采纳情况',
  '理由说明',
  '落实情况',
]);

/** Relative column widths, summing to 100; the quoted passage and the opinion need the room. */
export const COLUMN_WEIGHTS: readonly number[] = [4, 10, 19, 20, 10, 6, 7, 14, 10];

export const WHOLE_DRAFT_GROUP = '全文/通篇';
/** The group, the clause and the quote's mark of an opinion whose passage was deleted. */
export const ORPHANED_GROUP = '原文已删除的条款';
export const ORPHANED_MARK = '原文已删除';
/** Shown in place of the groups when a round of consultation produced no opinions. */
export const NO_OPINIONS = '本轮未收到意见';

export interface OpinionGroup {
  chapter: string;
  rows: { number: number; cells: string[] }[];
}

/** 章节条款 and 原文 as the table shows them: an orphan's quote is kept and marked as deleted. */
function placeCells(row: OpinionRow): [string, string] {
  if (!row.orphaned) return [row.clause, row.quote];
  return [cleanCell(row.clause) || ORPHANED_MARK, `〔${ORPHANED_MARK}〕${cleanCell(row.quote)}`];
}

/**
 * Rows grouped by chapter, chapters in the order they first appear (the caller lists rows in draft
 * order), whole-draft opinions first because they frame the rest, opinions on deleted passages last
 * (they have no place in this text). 序号 runs on across groups.
 */
export function groupOpinions(rows: readonly OpinionRow[]): OpinionGroup[] {
  const byChapter = new Map<string, OpinionRow[]>([[WHOLE_DRAFT_GROUP, []]]);
  const orphans: OpinionRow[] = [];
  for (const row of rows) {
    if (row.orphaned) {
      orphans.push(row);
      continue;
    }
    const chapter = cleanCell(row.chapter) || WHOLE_DRAFT_GROUP;
    const list = byChapter.get(chapter);
    if (list) list.push(row);
    else byChapter.set(chapter, [row]);
  }
  let number = 0;
  return [...byChapter, [ORPHANED_GROUP, orphans] as const]
    .filter(([, list]) => list.length > 0)
    .map(([chapter, list]) => ({
      chapter,
      rows: list.map((row) => {
        number++;
        const cells = [
          ...placeCells(row),
          row.opinion,
          row.author,
          row.source,
          row.disposition,
          row.reason,
          row.implementation ?? '',
        ];
        return { number, cells: [String(number), ...cells.map(cleanCell)] };
      }),
    }));
}

export function tableTitle(meta: OpinionTableMeta): string {
  // Plan titles are often stored with their book-title marks already; do not double them.
  return `《${meta.planTitle.trim().replace(/^《|》$/g, '')}》意见采纳情况表`;
}

// The department works on Beijing time; a table made late in the evening UTC is dated the next day there.
const DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function tableSubtitle(meta: OpinionTableMeta): string {
  return `${meta.stageLabel} · 第 ${meta.version} 版 · 生成于 ${DATE.format(meta.generatedAt)}`;
}

// Excel refuses cells longer than this.
const MAX_CELL = 32_767;
// Everything XML 1.0 cannot carry (control characters, lone surrogates), which would corrupt either file.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function cleanCell(value: string): string {
  const text = value.replace(/\r\n?/g, '\n').replace(NOT_XML, '').trim();
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}
