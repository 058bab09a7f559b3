export type BlockKind = 'HEADING' | 'PARAGRAPH' | 'LIST_ITEM' | 'TABLE';

/** Inline emphasis over `text[start, end)`: offsets into the block's text, as anchors are. */
export interface TextMark {
  start: number;
  end: number;
  bold?: boolean;
  italic?: boolean;
}

/**
 * One addressable unit of a draft. `level` is the heading level for HEADING — 0 for the document's
 * title (Word's Title style), 1–6 for Heading 1–6 — the nesting depth (1-based) for LIST_ITEM and 0
 * otherwise. TABLE text is its rows, cells joined by ' | ', rows by '\n'.
 *
 * `label` is the number or bullet the source shows before the block ("1.", "（一）", "•"; Word computes
 * it from numbering.xml, Markdown from the list): kept apart from `text`, so renumbering a list in a
 * new version moves no passage. `marks` are bold and italic runs. Both are absent rather than empty.
 */
export interface Block {
  id: string;
  kind: BlockKind;
  level: number;
  text: string;
  label?: string;
  marks?: TextMark[];
}

export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

export type DocumentErrorReason =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'NOT_DOCX'
  | 'UNREADABLE'
  | 'TOO_MANY_PARTS'
  | 'UNPACKS_TOO_LARGE'
  | 'TOO_COMPLEX'
  | 'NOT_TEXT';

const MESSAGES: Record<DocumentErrorReason, string> = {
  EMPTY:
    '文档中没有可导入的文字，请确认选择的文件是否正确 / The document has no text to import; check that you chose the right file.',
  TOO_LARGE:
    '文件超过 20 MB 的上限，请压缩或删除其中的图片后重试 / The file is larger than the 20 MB limit; compress or remove its images and try again.',
  NOT_DOCX:
    '文件不是有效的 Word (.docx) 文档；旧版 .doc 或加密文件请先在 Word 中另存为 .docx / The file is not a valid Word (.docx) document; save older .doc or password-protected files as .docx in Word first.',
  UNREADABLE:
    '无法读取该 Word 文档，文件可能已损坏，请在 Word 中打开并另存为 .docx 后重试 / The Word document could not be read and may be damaged; open it in Word, save it again as .docx and retry.',
  TOO_MANY_PARTS:
    '文件包含的部件超过 2000 个，不是正常的 Word 文档，请在 Word 中另存为 .docx 后重试 / The file holds more than 2,000 parts, which no ordinary Word document does; save it again as .docx in Word and retry.',
  UNPACKS_TOO_LARGE:
    '文件解压后超过 100 MB 或压缩比异常，无法安全导入，请删除其中的图片或在 Word 中另存为 .docx 后重试 / The file unpacks to more than 100 MB, or is compressed far more than a Word document can be, so it cannot be imported safely; remove its images or save it again as .docx in Word and retry.',
  TOO_COMPLEX:
    '文档过于复杂，未能在限定的时间和内存内读完，请拆分文档或在 Word 中另存为 .docx 后重试 / The document is too complex to read within the time and memory allowed; split it, or save it again as .docx in Word, and retry.',
  NOT_TEXT:
    '文件不是 UTF-8 编码的 Markdown 文本，请在编辑器中以 UTF-8 编码另存后重试 / The file is not Markdown text in UTF-8; save it as UTF-8 in your editor and retry.',
};

export class DocumentError extends Error {
  override readonly name = 'DocumentError';

  constructor(
    readonly reason: DocumentErrorReason,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[reason], options);
  }
}

// Han characters plus CJK and full-width punctuation: a line break between two of these is a wrap, not a space.
const CJK_BEFORE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
const CJK_AFTER = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Trims and collapses whitespace to single spaces. A run that holds a line break between two Chinese
 * characters disappears instead: Chinese text wrapped over lines (Markdown soft breaks, Word line breaks)
 * has no word spaces, and an inserted space would break quoting of the passage.
 */
export function normaliseText(raw: string): string {
  return normaliseMapped(raw).text;
}

/**
 * normaliseText, plus where each raw offset lands in the result (`at[raw.length]` is the end), so
 * marks collected over the raw text follow it.
 */
function normaliseMapped(raw: string): { text: string; at: number[] } {
  const at: number[] = [];
  let text = '';
  let from = 0;
  for (const match of raw.matchAll(/\s+/gu)) {
    const offset = match.index;
    const run = match[0];
    for (let i = from; i < offset; i++) at.push(text.length + i - from);
    text += raw.slice(from, offset);
    const before = raw.slice(Math.max(0, offset - 2), offset);
    const after = raw.slice(offset + run.length, offset + run.length + 2);
    const joined = /[\n\r]/.test(run) && CJK_BEFORE.test(before) && CJK_AFTER.test(after);
    for (let i = 0; i < run.length; i++) at.push(text.length);
    if (!joined) text += ' ';
    from = offset + run.length;
  }
  for (let i = from; i < raw.length; i++) at.push(text.length + i - from);
  text += raw.slice(from);
  at.push(text.length);
  // trim(): a leading space can only come from a leading run, a trailing one from a trailing run.
  const lead = text.startsWith(' ') ? 1 : 0;
  const trimmed = text.slice(lead, text.endsWith(' ') && text.length > lead ? -1 : undefined);
  return { text: trimmed, at: at.map((n) => Math.min(Math.max(n - lead, 0), trimmed.length)) };
}

/** Marks over the raw text moved onto the normalised text; empty ones go, touching equal ones join. */
function mapMarks(marks: readonly TextMark[], at: readonly number[]): TextMark[] {
  const mapped: TextMark[] = [];
  for (const mark of marks) {
    const start = at[mark.start] ?? 0;
    const end = at[mark.end] ?? start;
    if (end <= start) continue;
    const last = mapped.at(-1);
    if (last && last.end >= start && !!last.bold === !!mark.bold && !!last.italic === !!mark.italic) {
      last.end = Math.max(last.end, end);
      continue;
    }
    mapped.push({ start, end, ...(mark.bold && { bold: true }), ...(mark.italic && { italic: true }) });
  }
  return mapped;
}

export function tableText(rows: readonly (readonly string[])[]): string {
  return rows
    .map((cells) => cells.map(normaliseText))
    .filter((cells) => cells.some((cell) => cell !== ''))
    .map((cells) => cells.join(' | '))
    .join('\n');
}

/** A block while it is being collected; TABLE blocks carry their rows and get their text at the end. */
export interface DraftBlock {
  kind: BlockKind;
  level: number;
  text: string;
  rows?: string[][];
  label?: string;
  /** Offsets into the raw `text`; finishBlocks moves them onto the normalised text. */
  marks?: TextMark[];
}

/** Normalises, drops the empty, numbers in document order; refuses a draft with no text at all. */
export function finishBlocks(drafts: readonly DraftBlock[]): Block[] {
  const blocks: Block[] = [];
  for (const draft of drafts) {
    const { text, at } = draft.rows ? { text: tableText(draft.rows), at: [] } : normaliseMapped(draft.text);
    if (text === '') continue;
    const block: Block = { id: `b${blocks.length + 1}`, kind: draft.kind, level: draft.level, text };
    const label = normaliseText(draft.label ?? '');
    if (label !== '') block.label = label;
    const marks = draft.marks && !draft.rows ? mapMarks(draft.marks, at) : [];
    if (marks.length > 0) block.marks = marks;
    blocks.push(block);
  }
  if (blocks.length === 0) throw new DocumentError('EMPTY');
  return blocks;
}
