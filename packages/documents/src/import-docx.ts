import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { type Block, DocumentError, type DraftBlock, finishBlocks, MAX_DOCX_BYTES } from './blocks.js';
import { type NumberedParagraph, numberingLabels } from './import-docx-numbering.js';
import { checkUnpackLimits, DOCX_UNPACK_LIMITS, type UnpackLimits } from './unpack-limits.js';
import { hasZipMagic, listZipEntries } from './zip.js';

const LEVELS = [1, 2, 3, 4, 5, 6] as const;
const ORDINALS = ['一', '二', '三', '四', '五', '六'] as const;

// mammoth's defaults already cover 'Heading 1'…'Heading 6' (style names compare case-insensitively).
// Drafts written in WPS or from official-document templates often carry localised or custom names instead.
// The title is a level above Heading 1 (HEADING level 0); the labels Word draws come in as marked runs.
const TITLE_CLASS = 'gongbian-title';
const LABEL_STYLE = 'gongbian-label';
const STYLE_MAP = [
  `p[style-name='Title'] => h1.${TITLE_CLASS}:fresh`,
  `p[style-name='标题'] => h1.${TITLE_CLASS}:fresh`,
  `r[style-name='${LABEL_STYLE}'] => span.${LABEL_STYLE}`,
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
    const mainPart = entries.find((entry) => MAIN_PART.test(entry.name))?.name ?? 'word/document.xml';
    const labels = await numberingLabels(file, mainPart);
    const buffer = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
    ({ value: html } = await mammoth.convertToHtml(
      { buffer },
      { styleMap: STYLE_MAP, convertImage: dropImages, transformDocument: labelParagraphs(labels) },
    ));
  } catch (cause) {
    // mammoth's own words for "this package has no Word body"; anything else is a damaged file.
    const notWord = cause instanceof Error && /main document part|body element/.test(cause.message);
    throw new DocumentError(notWord ? 'NOT_DOCX' : 'UNREADABLE', { cause });
  }
  return finishBlocks(htmlBlocks(html));
}

interface MammothElement {
  type: string;
  children?: MammothElement[];
  numbering?: { level: string } | null;
}

/**
 * Puts each numbered paragraph's label first, as a run the style map turns into a marked span. The
 * labels were worked out from the XML in the same order mammoth reads paragraphs; should the two
 * disagree on the sequence of list levels (an unusual package), no labels are added rather than wrong ones.
 */
function labelParagraphs(labels: readonly NumberedParagraph[]) {
  return (document: MammothElement): MammothElement => {
    const numbered: MammothElement[] = [];
    // Children first, as the XML's paragraphs close (a text box's paragraphs before the one holding it).
    const collect = (element: MammothElement) => {
      for (const child of element.children ?? []) collect(child);
      if (element.type === 'paragraph' && element.numbering) numbered.push(element);
    };
    collect(document);
    const agree = numbered.length === labels.length && numbered.every((p, i) => p.numbering?.level === labels[i]?.ilvl);
    if (!agree) return document;
    numbered.forEach((paragraph, i) => {
      const text = { type: 'text', value: labels[i]?.label ?? '' };
      const run = { type: 'run', styleId: null, styleName: LABEL_STYLE, highlight: null, children: [text] };
      paragraph.children = [run as MammothElement, ...(paragraph.children ?? [])];
    });
    return document;
  };
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
  let bold = 0;
  let italic = 0;
  // Open spans, true for the label Word draws before a numbered paragraph.
  const spans: boolean[] = [];

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
    if (spans.includes(true)) {
      block.label = (block.label ?? '') + text;
      return;
    }
    if (bold > 0 || italic > 0) {
      const start = block.text.length;
      block.marks ??= [];
      block.marks.push({
        start,
        end: start + text.length,
        ...(bold > 0 && { bold: true }),
        ...(italic > 0 && { italic: true }),
      });
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
      if (name === 'strong' || name === 'b') bold++;
      else if (name === 'em' || name === 'i') italic++;
      else if (name === 'span') spans.push(attributes.class === LABEL_STYLE);
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
        const title = name === 'h1' && attributes.class === TITLE_CLASS;
        const block: DraftBlock = { kind: 'HEADING', level: title ? 0 : Number(heading[1]), text: '' };
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
      if (skipped > 0) {
        skipped--;
        return;
      }
      if (name === 'strong' || name === 'b') bold--;
      else if (name === 'em' || name === 'i') italic--;
      else if (name === 'span') spans.pop();
      if (tableDepth > 0) {
        if (name === 'table' && --tableDepth === 0) table = undefined;
      } else if (name === 'ul' || name === 'ol') listDepth--;
      else if (targets.at(-1)?.tag === name) targets.pop();
    },
  });
  parser.end(html);
  return drafts;
}
