import { Parser } from 'htmlparser2';
import MarkdownIt, { type Token } from 'markdown-it';
import { normaliseText, tableText } from './blocks.js';

/** A block of the minutes as the Word file sets it: everything but headings, paragraphs and lists is flattened. */
export type MinutesBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | MinutesItem;

/** A list item: `depth` from 1, `marker` its number ('3.') or '•'; further paragraphs on lines of their own. */
export interface MinutesItem {
  kind: 'item';
  depth: number;
  marker: string;
  text: string;
}

// As for importing drafts: raw HTML is recognised so that it can be dropped, quotes stay as typed.
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

/** The characters of an inline token without its markup; a link keeps its words, an image nothing. */
function inlineText(token: Token | undefined): string {
  return inlineLines(token)
    .map((line) => line.join('\n'))
    .join('\n');
}

/**
 * An inline token's text as the lines its writer typed: split at each line break (softbreak), each
 * line split again at its hard breaks (two trailing spaces or a backslash). Minutes are typed in a
 * box where Enter means a new line — 一、/（一）/1. each on a line of its own — so a line break is
 * kept, never joined into one paragraph as Markdown would render it.
 */
function inlineLines(token: Token | undefined): string[][] {
  const lines: string[][] = [['']];
  for (const child of token?.children ?? []) {
    const line = lines.at(-1) as string[];
    if (child.type === 'text' || child.type === 'code_inline') line[line.length - 1] += child.content;
    else if (child.type === 'hardbreak') line.push('');
    else if (child.type === 'softbreak') lines.push(['']);
  }
  return lines;
}

// A line opening with 公文 numbering: 一、 （一） (1) 1、 ①. Markdown reads such a line as the
// continuation of the paragraph or list item before it; a blank line before it makes it a block of
// its own (and ends a list it would otherwise be swallowed into).
const NUMBERED_LINE =
  /^ {0,3}(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[）)]|\d+、|[\u2460-\u2473])/;
const FENCE = /^ {0,3}(?:```|~~~)/;

function separateNumberedLines(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(line)) fenced = !fenced;
    else if (!fenced && NUMBERED_LINE.test(line) && (out.at(-1) ?? '').trim() !== '') out.push('');
    out.push(line);
  }
  return out.join('\n');
}

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

/**
 * The minutes' Markdown as blocks to set. Unlike `importMarkdown`, which reads drafts into addressable
 * blocks, this keeps what a reader of the minutes needs: whether a list is numbered, and from what.
 * Each typed line is a paragraph of its own (a list item's further lines and paragraphs join its text
 * as lines); tables become a line per row, cells joined by ' | '.
 */
export function minutesBlocks(markdown: string): MinutesBlock[] {
  const tokens = md.parse(separateNumberedLines(markdown), {});
  const blocks: MinutesBlock[] = [];
  // One entry per open list: the next number, or undefined for a bulleted list.
  const lists: (number | undefined)[] = [];
  // Open list items, innermost last: text collects into the innermost.
  const items: MinutesItem[] = [];
  let rows: string[][] | undefined;

  const addText = (text: string) => {
    if (text === '') return;
    const item = items.at(-1);
    if (item) item.text = item.text ? `${item.text}\n${text}` : text;
    else blocks.push({ kind: 'paragraph', text });
  };
  /** Each typed line its own paragraph (or line of the list item); hard breaks stay breaks within it. */
  const addLines = (lines: string[][]) => {
    for (const line of lines) addText(line.map(normaliseText).filter(Boolean).join('\n'));
  };
  const rawLines = (text: string) => text.split('\n').map((line) => [line]);

  tokens.forEach((token, index) => {
    switch (token.type) {
      case 'heading_open': {
        const text = normaliseText(inlineText(tokens[index + 1]));
        if (text) blocks.push({ kind: 'heading', level: Number(token.tag.slice(1)), text });
        break;
      }
      case 'paragraph_open':
        addLines(inlineLines(tokens[index + 1]));
        break;
      case 'code_block':
      case 'fence':
        addLines(rawLines(token.content));
        break;
      case 'html_block':
        addLines(rawLines(htmlText(token.content)));
        break;
      case 'bullet_list_open':
        lists.push(undefined);
        break;
      case 'ordered_list_open':
        lists.push(Number(token.attrGet('start') ?? 1));
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const next = lists.at(-1);
        if (next !== undefined) lists[lists.length - 1] = next + 1;
        const marker = next === undefined ? '•' : `${next}.`;
        const item: MinutesItem = { kind: 'item', depth: lists.length, marker, text: '' };
        items.push(item);
        blocks.push(item);
        break;
      }
      case 'list_item_close':
        items.pop();
        break;
      case 'table_open':
        rows = [];
        break;
      case 'table_close':
        for (const line of tableText(rows ?? []).split('\n')) addText(line);
        rows = undefined;
        break;
      case 'tr_open':
        rows?.push([]);
        break;
      case 'th_open':
      case 'td_open':
        rows?.at(-1)?.push(inlineText(tokens[index + 1]));
        break;
    }
  });
  // An item whose only content was a nested list has no text of its own; its children carry on.
  return blocks.filter((block) => block.kind !== 'item' || block.text !== '');
}
