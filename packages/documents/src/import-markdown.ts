import { Parser } from 'htmlparser2';
import MarkdownIt, { type Token } from 'markdown-it';
import { type Block, DocumentError, type DraftBlock, finishBlocks, type TextMark } from './blocks.js';

// html: true so raw HTML is recognised as markup and dropped, not kept as literal '<br>' text;
// no typographer, so quotes and dashes stay the characters the author typed.
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

/** Plain text of an inline token: the characters without the markup. */
function inlineText(token: Token | undefined): string {
  return inlineContent(token).text;
}

/** The characters without the markup, and where **bold** and *italic* runs fall in them. */
function inlineContent(token: Token | undefined): { text: string; marks: TextMark[] } {
  let text = '';
  const marks: TextMark[] = [];
  let bold = 0;
  let italic = 0;
  const add = (chunk: string) => {
    if (bold > 0 || italic > 0) {
      marks.push({
        start: text.length,
        end: text.length + chunk.length,
        ...(bold > 0 && { bold: true }),
        ...(italic > 0 && { italic: true }),
      });
    }
    text += chunk;
  };
  for (const child of token?.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') add(child.content);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') add('\n');
    else if (child.type === 'html_inline' && /^<br\b/i.test(child.content)) add('\n');
    else if (child.type === 'strong_open') bold++;
    else if (child.type === 'strong_close') bold--;
    else if (child.type === 'em_open') italic++;
    else if (child.type === 'em_close') italic--;
  }
  return { text, marks };
}

const shifted = (marks: readonly TextMark[], by: number) =>
  marks.map((mark) => ({ ...mark, start: mark.start + by, end: mark.end + by }));

function htmlText(html: string): string {
  let text = '';
  let hidden = 0;
  const parser = new Parser({
    onopentag(name) {
      if (name === 'script' || name === 'style') hidden++;
      else if (name === 'br' || name === 'p' || name === 'div') text += '\n';
    },
    ontext(chunk) {
      if (hidden === 0) text += chunk;
    },
    onclosetag(name) {
      if (name === 'script' || name === 'style') hidden--;
    },
  });
  parser.end(html);
  return text;
}

export function importMarkdown(markdown: string): Block[] {
  const tokens = md.parse(markdown, {});
  const drafts: DraftBlock[] = [];
  // Innermost container last: an open list item's text collects into its own block; a blockquote
  // inside one starts ordinary paragraphs again.
  const containers: (DraftBlock | 'blockquote')[] = [];
  let listDepth = 0;
  let table: DraftBlock | undefined;
  // The next number of each open list, innermost last; undefined for a bullet list.
  const counters: (number | undefined)[] = [];

  const addText = (text: string, marks: readonly TextMark[] = []) => {
    const container = containers.at(-1);
    if (container && container !== 'blockquote') {
      container.marks = [...(container.marks ?? []), ...shifted(marks, container.text.length + 1)];
      container.text += `\n${text}`;
    } else drafts.push({ kind: 'PARAGRAPH', level: 0, text, marks: [...marks] });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    switch (token.type) {
      case 'heading_open': {
        const { text, marks } = inlineContent(tokens[i + 1]);
        drafts.push({ kind: 'HEADING', level: Number(token.tag.slice(1)), text, marks });
        break;
      }
      case 'paragraph_open': {
        const { text, marks } = inlineContent(tokens[i + 1]);
        addText(text, marks);
        break;
      }
      case 'code_block':
      case 'fence':
        addText(token.content);
        break;
      case 'html_block':
        addText(htmlText(token.content));
        break;
      case 'bullet_list_open':
        listDepth++;
        counters.push(undefined);
        break;
      case 'ordered_list_open':
        listDepth++;
        counters.push(Number(token.attrGet('start') ?? 1));
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        counters.pop();
        break;
      case 'list_item_open': {
        // Labels as a renderer would draw them: the list's own count ("1." or "1)"), or a bullet.
        const n = counters.at(-1);
        const label = n === undefined ? '•' : `${n}${token.markup}`;
        if (n !== undefined) counters[counters.length - 1] = n + 1;
        // Pushed now so the item comes before its nested items; its text arrives with its paragraphs.
        const item: DraftBlock = { kind: 'LIST_ITEM', level: listDepth, text: '', label };
        drafts.push(item);
        containers.push(item);
        break;
      }
      case 'blockquote_open':
        containers.push('blockquote');
        break;
      case 'list_item_close':
      case 'blockquote_close':
        containers.pop();
        break;
      case 'table_open':
        table = { kind: 'TABLE', level: 0, text: '', rows: [] };
        drafts.push(table);
        break;
      case 'table_close':
        table = undefined;
        break;
      case 'tr_open':
        table?.rows?.push([]);
        break;
      case 'th_open':
      case 'td_open':
        table?.rows?.at(-1)?.push(inlineText(tokens[i + 1]));
        break;
    }
  }
  return finishBlocks(drafts);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A Markdown file's bytes: UTF-8 (a leading BOM, as Windows editors write, is dropped), else NOT_TEXT. */
export function importMarkdownFile(file: Uint8Array): Block[] {
  let text: string;
  try {
    text = UTF8.decode(file);
  } catch (cause) {
    throw new DocumentError('NOT_TEXT', { cause });
  }
  return importMarkdown(text);
}
