import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { type Block, DocumentError, type DraftBlock, finishBlocks, MAX_DOCX_BYTES } from './blocks.js';
import { checkUnpackLimits, DOCX_UNPACK_LIMITS, type UnpackLimits } from './unpack-limits.js';
import { hasZipMagic, listZipEntries } from './zip.js';

const LEVELS = [1, 2, 3, 4, 5, 6] as const;
const ORDINALS = ['一', '二', '三', '四', '五', '六'] as const;

// mammoth's defaults already cover 'Heading 1'…'Heading 6' (style names compare case-insensitively).
// Drafts written in WPS or from official-document templates often carry localised or custom names instead.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  ...LEVELS.flatMap((n) => [
    `p[style-name='标题 ${n}'] => h${n}:fresh`,
    `p[style-name='标题${n}'] => h${n}:fresh`,
    `p[style-name='${ORDINALS[n - 1]}级标题'] => h${n}:fresh`,
  ]),
];

// Images carry no text for a block, and encoding them as data URIs would only cost time and memory.
const dropImages = mammoth.images.imgElement(async () => ({ src: '' }));

// Main parts are usually word/document.xml; some producers number it (word/document2.xml).
const MAIN_PART = /^word\/document\d*\.xml$/i;

/**
 * Word's text as blocks. The package is checked against `limits` before mammoth inflates it; the
 * time and memory mammoth then takes are bounded by whoever runs this (the server: a worker thread).
 */
export async function importDocx(file: Uint8Array, limits: UnpackLimits = DOCX_UNPACK_LIMITS): Promise<Block[]> {
  if (file.byteLength > MAX_DOCX_BYTES) throw new DocumentError('TOO_LARGE');
  if (file.byteLength === 0) throw new DocumentError('EMPTY');
  if (!hasZipMagic(file)) throw new DocumentError('NOT_DOCX');
  const entries = listZipEntries(file);
  // Zip magic but no readable directory: a Word file cut short or damaged, rather than another kind of file.
  if (!entries) throw new DocumentError('UNREADABLE');
  if (!entries.some((entry) => MAIN_PART.test(entry.name))) throw new DocumentError('NOT_DOCX');
  checkUnpackLimits(file, entries, limits);

  let html: string;
  try {
    const buffer = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
    ({ value: html } = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage: dropImages }));
  } catch (cause) {
    // mammoth's own words for "this package has no Word body"; anything else is a damaged file.
    const notWord = cause instanceof Error && /main document part|body element/.test(cause.message);
    throw new DocumentError(notWord ? 'NOT_DOCX' : 'UNREADABLE', { cause });
  }
  return finishBlocks(htmlBlocks(html));
}

const HEADING = /^h([1-6])$/;
// Inside a cell these start a new run of text; inline tags (strong, em, a) must not split words.
const SEPARATES = new Set(['p', 'li', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol']);

/** Walks mammoth's HTML: h1–h6, p, li (depth from the enclosing lists), tables as rows of cells. */
function htmlBlocks(html: string): DraftBlock[] {
  const drafts: DraftBlock[] = [];
  // One entry per open element that receives text; a paragraph inside a list item shares the item's block.
  const targets: { tag: string; block: DraftBlock }[] = [];
  let listDepth = 0;
  let table: DraftBlock | undefined;
  let tableDepth = 0;
  let skipped = 0;

  const currentBlock = () => targets.at(-1)?.block;
  const append = (text: string) => {
    if (tableDepth > 0) {
      const row = table?.rows?.at(-1);
      if (row && row.length > 0) row[row.length - 1] += text;
      return;
    }
    let block = currentBlock();
    if (!block) {
      if (text.trim() === '') return;
      block = { kind: 'PARAGRAPH', level: 0, text: '' };
      drafts.push(block);
    }
    block.text += text;
  };

  const parser = new Parser({
    onopentag(name, attributes) {
      if (skipped > 0 || (name === 'a' && /^#(footnote|endnote|comment)-ref/.test(attributes.href ?? ''))) {
        // The "↑" back-links mammoth adds to notes are navigation, not text of the draft.
        skipped++;
        return;
      }
      if (tableDepth > 0) {
        if (name === 'table') tableDepth++;
        // Nested tables flatten into the outer cell's text.
        else if (tableDepth === 1 && name === 'tr') table?.rows?.push([]);
        else if (tableDepth === 1 && (name === 'td' || name === 'th')) table?.rows?.at(-1)?.push('');
        else if (name === 'br') append('\n');
        else if (SEPARATES.has(name)) append(' ');
        return;
      }
      const heading = HEADING.exec(name);
      if (name === 'table') {
        table = { kind: 'TABLE', level: 0, text: '', rows: [] };
        drafts.push(table);
        tableDepth = 1;
      } else if (name === 'ul' || name === 'ol') {
        listDepth++;
      } else if (name === 'li') {
        const item: DraftBlock = { kind: 'LIST_ITEM', level: Math.max(1, listDepth), text: '' };
        drafts.push(item);
        targets.push({ tag: name, block: item });
      } else if (heading) {
        const block: DraftBlock = { kind: 'HEADING', level: Number(heading[1]), text: '' };
        drafts.push(block);
        targets.push({ tag: name, block });
      } else if (name === 'p') {
        const inside = currentBlock();
        const block: DraftBlock = inside ?? { kind: 'PARAGRAPH', level: 0, text: '' };
        if (inside) append('\n');
        else drafts.push(block);
        targets.push({ tag: name, block });
      } else if (name === 'br') {
        append('\n');
      }
    },
    ontext(text) {
      if (skipped === 0) append(text);
    },
    onclosetag(name) {
      if (skipped > 0) skipped--;
      else if (tableDepth > 0) {
        if (name === 'table' && --tableDepth === 0) table = undefined;
      } else if (name === 'ul' || name === 'ol') listDepth--;
      else if (targets.at(-1)?.tag === name) targets.pop();
    },
  });
  parser.end(html);
  return drafts;
}
