import { makeAnchor, relocate } from '@gongbian/anchoring';
import { type Block, importMarkdown } from '@gongbian/documents';
import { describe, expect, it } from 'vitest';
import {
  DEMO_THREADS,
  type DemoThread,
  MASTER_V1_MARKDOWN,
  MASTER_V1_TITLE,
  MASTER_V2_MARKDOWN,
  MASTER_V2_TITLE,
} from './drafts-data.js';
import { PEOPLE } from './programme-data.js';

const V1 = importMarkdown(MASTER_V1_MARKDOWN);
const V2 = importMarkdown(MASTER_V2_MARKDOWN);

/** Demo account keys: the local parts of the seeded people's e-mail addresses. */
const ACCOUNTS = new Set(PEOPLE.flatMap((p) => (p.email ? [p.email.slice(0, p.email.indexOf('@'))] : [])));
const COMMENTERS = ['working', 'leader', 'guicai', 'kexin', 'jiuyuan', 'expert'];
const LEAD_UNIT = ['guicai', 'working'];

function occurrences(text: string, quote: string): number {
  let n = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) n++;
  return n;
}

function blockOf(quote: string): Block {
  const block = V1.find((b) => b.text.includes(quote));
  if (!block) throw new Error(`quote not in v1: ${quote}`);
  return block;
}

function label(t: DemoThread): string {
  return `${t.author}: ${t.quote ?? '(whole draft)'}`;
}

describe('master plan demo drafts', () => {
  it('v1 is a 征求意见稿 with headings 1–3, nested list items, paragraphs and one table', () => {
    expect(MASTER_V1_TITLE).toContain('征求意见稿');
    expect(V1.length).toBeGreaterThanOrEqual(35);
    expect(V1[0]).toMatchObject({ kind: 'HEADING', level: 1, text: MASTER_V1_TITLE });
    for (const level of [1, 2, 3]) expect(V1.some((b) => b.kind === 'HEADING' && b.level === level)).toBe(true);
    expect(V1.some((b) => b.kind === 'PARAGRAPH')).toBe(true);
    expect(V1.some((b) => b.kind === 'LIST_ITEM' && b.level === 1)).toBe(true);
    expect(V1.some((b) => b.kind === 'LIST_ITEM' && b.level === 2)).toBe(true);
    const tables = V1.filter((b) => b.kind === 'TABLE');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.text.split('\n')[0]).toBe('指标 | 2020年 | 2025年目标 | 属性');
  });

  it('v2 is a 送审稿 revising v1, with its indicator table updated', () => {
    expect(MASTER_V2_TITLE).toContain('送审稿');
    expect(V2[0]).toMatchObject({ kind: 'HEADING', level: 1, text: MASTER_V2_TITLE });
    const table1 = V1.find((b) => b.kind === 'TABLE');
    const table2 = V2.filter((b) => b.kind === 'TABLE');
    expect(table2).toHaveLength(1);
    expect(table2[0]?.text).not.toBe(table1?.text);
    expect(table2[0]?.text.split('\n')[0]).toBe('指标 | 2020年 | 2025年目标 | 属性');
    const v1Texts = new Set(V1.map((b) => b.text));
    const v2Texts = new Set(V2.map((b) => b.text));
    expect(V2.filter((b) => !v1Texts.has(b.text)).length).toBeGreaterThanOrEqual(5);
    expect(V1.filter((b) => !v2Texts.has(b.text)).length).toBeGreaterThanOrEqual(5);
  });

  it('keeps no Markdown markup in the imported text (e.g. bold that failed next to Chinese punctuation)', () => {
    for (const block of [...V1, ...V2]) expect(block.text, block.id).not.toMatch(/[*_#`]/);
  });
});

describe('demo threads on the 征求意见稿', () => {
  it('has about twenty threads, every status and several OPEN ones', () => {
    expect(DEMO_THREADS.length).toBeGreaterThanOrEqual(18);
    const count = (s: DemoThread['status']) => DEMO_THREADS.filter((t) => t.status === s).length;
    expect(count('OPEN')).toBeGreaterThanOrEqual(6);
    expect(count('ADOPTED')).toBeGreaterThanOrEqual(3);
    expect(count('PARTLY_ADOPTED')).toBeGreaterThanOrEqual(3);
    expect(count('NOT_ADOPTED')).toBeGreaterThanOrEqual(3);
    expect(count('WITHDRAWN')).toBeGreaterThanOrEqual(1);
    expect(DEMO_THREADS.some((t) => t.quote === null)).toBe(true);
  });

  it('quotes a passage that occurs exactly once in v1', () => {
    const all = V1.map((b) => b.text);
    for (const t of DEMO_THREADS) {
      if (t.quote === null) continue;
      expect(t.quote.trim(), label(t)).toBe(t.quote);
      expect(t.quote.length, label(t)).toBeGreaterThan(0);
      const total = all.reduce((n, text) => n + occurrences(text, t.quote as string), 0);
      expect(total, label(t)).toBe(1);
    }
  });

  it('uses demo accounts for authors, repliers and deciders', () => {
    const authors = new Set(DEMO_THREADS.map((t) => t.author));
    for (const key of ['kexin', 'jiuyuan', 'guicai', 'expert', 'leader']) expect(authors).toContain(key);
    for (const t of DEMO_THREADS) {
      expect(ACCOUNTS, label(t)).toContain(t.author);
      expect(COMMENTERS, label(t)).toContain(t.author);
      for (const r of t.replies) {
        expect(ACCOUNTS, label(t)).toContain(r.author);
        expect(COMMENTERS, label(t)).toContain(r.author);
        expect(r.body.trim(), label(t)).not.toBe('');
      }
      expect(t.body.trim(), label(t)).not.toBe('');
      if (t.decidedBy !== null) expect(ACCOUNTS, label(t)).toContain(t.decidedBy);
    }
  });

  it('has a disposition that fits the status', () => {
    for (const t of DEMO_THREADS) {
      switch (t.status) {
        case 'OPEN':
          expect(t.reason, label(t)).toBe('');
          expect(t.decidedBy, label(t)).toBeNull();
          expect(t.expectInV2, label(t)).not.toBeNull();
          expect(t.quote, label(t)).not.toBeNull();
          break;
        case 'WITHDRAWN':
          expect(t.decidedBy, label(t)).toBe(t.author);
          expect(t.expectInV2, label(t)).toBeNull();
          break;
        default:
          expect(LEAD_UNIT, label(t)).toContain(t.decidedBy);
          expect(t.expectInV2, label(t)).toBeNull();
          if (t.status !== 'ADOPTED') expect(t.reason.trim(), label(t)).not.toBe('');
      }
    }
  });

  it('@mentions only seeded people', () => {
    const names = PEOPLE.map((p) => p.name);
    for (const t of DEMO_THREADS) {
      for (const body of [t.body, ...t.replies.map((r) => r.body)]) {
        for (let at = body.indexOf('@'); at !== -1; at = body.indexOf('@', at + 1)) {
          const rest = body.slice(at + 1);
          expect(
            names.some((n) => rest.startsWith(n)),
            `${label(t)}: ${rest.slice(0, 6)}`,
          ).toBe(true);
        }
      }
    }
  });

  it('carries each OPEN thread into v2 as expected', () => {
    const open = DEMO_THREADS.filter((t) => t.status === 'OPEN');
    const expected = new Set(open.map((t) => t.expectInV2));
    expect(expected).toEqual(new Set(['ATTACHED', 'MOVED', 'ORPHANED']));
    expect(open.filter((t) => t.expectInV2 === 'ORPHANED').length).toBeGreaterThanOrEqual(2);
    for (const t of open) {
      const quote = t.quote as string;
      const block = blockOf(quote);
      const start = block.text.indexOf(quote);
      const anchor = makeAnchor(block, start, start + quote.length);
      const result = relocate(anchor, V1, V2);
      expect(result.state, label(t)).toBe(t.expectInV2);
      if (result.state === 'ATTACHED') {
        expect(result.anchor.quote, label(t)).toBe(quote);
        expect([result.anchor.start, result.anchor.end], label(t)).toEqual([anchor.start, anchor.end]);
        expect(V2.find((b) => b.id === result.anchor.blockId)?.text, label(t)).toBe(block.text);
      }
      if (result.state === 'MOVED') {
        const moved = V2.find((b) => b.id === result.anchor.blockId);
        expect(moved?.text.slice(result.anchor.start, result.anchor.end), label(t)).toBe(result.anchor.quote);
      }
    }
  });
});
