export type BlockKind = 'HEADING' | 'PARAGRAPH' | 'LIST_ITEM' | 'TABLE';

/**
 * One addressable unit of a draft. `level` is the heading level (1–6) for HEADING, the nesting depth
 * (1-based) for LIST_ITEM and 0 otherwise. TABLE text is its rows, cells joined by ' | ', rows by '\n'.
 */
export interface Block {
  id: string;
  kind: BlockKind;
  level: number;
  text: string;
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
  return raw
    .replace(/\s+/gu, (run: string, offset: number, whole: string) => {
      if (!/[\n\r]/.test(run)) return ' ';
      const before = whole.slice(Math.max(0, offset - 2), offset);
      const after = whole.slice(offset + run.length, offset + run.length + 2);
      return CJK_BEFORE.test(before) && CJK_AFTER.test(after) ? '' : ' ';
    })
    .trim();
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
}

/** Normalises, drops the empty, numbers in document order; refuses a draft with no text at all. */
export function finishBlocks(drafts: readonly DraftBlock[]): Block[] {
  const blocks: Block[] = [];
  for (const draft of drafts) {
    const text = draft.rows ? tableText(draft.rows) : normaliseText(draft.text);
    if (text === '') continue;
    blocks.push({ id: `b${blocks.length + 1}`, kind: draft.kind, level: draft.level, text });
  }
  if (blocks.length === 0) throw new DocumentError('EMPTY');
  return blocks;
}
