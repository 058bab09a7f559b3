import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/client.js';
import { anchorOn, DRAFT_V1, DRAFT_V2, planLedBy, publish } from '#test/support/drafts.js';
import { DispositionTableDocument, StartThreadDocument } from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { refound } from './reanchor.js';

// Issue 13: a thread orphaned in v2 (its passage deleted) came back ATTACHED with no anchor when v3
// was published, and from then on the opinion table filed it under 全文/通篇 as if it were about the
// whole text. An orphan stays an orphan, keeping its quote, until its exact words come back.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

/** In DRAFT_V1 only: DRAFT_V2 deletes the paragraph. */
const DELETED = '极端天气事件趋多趋强';
/** DRAFT_V2 with one more sentence, so that v3 is a real revision. */
const DRAFT_V3 = `${DRAFT_V2}\n加强应急管理宣传教育。\n`;

const THREAD = `query OrphanThread($id: ID!) {
  thread(id: $id) { anchorState quote anchor { quote } draft { version } }
}`;
interface ThreadView {
  thread: { anchorState: string; quote: string | null; anchor: { quote: string } | null; draft: { version: number } };
}

async function threadView(id: string, token: string) {
  return (await ok<ThreadView>(server.url, THREAD, { id }, token)).thread;
}

/** v1 with an opinion on the passage v2 deletes and one on the whole text; v2 published. */
async function orphanedInV2(p: Programme) {
  const planId = await planLedBy(server, p, '规财处');
  const working = await p.as('working');
  const kexin = await p.as('kexin');
  const v1 = await publish(server, working, planId, { content: DRAFT_V1 });
  const start = async (anchor: ReturnType<typeof anchorOn> | null, body: string) =>
    (await ok(server.url, StartThreadDocument, { draftId: v1.id, anchor, body }, kexin)).startThread.thread.id;
  const orphan = await start(anchorOn(v1, DELETED), '建议补充台风灾害损失数据。');
  const whole = await start(null, '整体结构清晰。');
  const v2 = await publish(server, working, planId, { content: DRAFT_V2 });
  expect(await threadView(orphan, kexin)).toMatchObject({ anchorState: 'ORPHANED', quote: DELETED });
  return { planId, working, kexin, orphan, whole, v2 };
}

/** The opinion table of a draft as the lead unit downloads it, a row of cell texts per sheet row. */
async function opinionTable(p: Programme, draftId: string): Promise<string[][]> {
  const guicai = await p.as('guicai');
  const link = (await ok(server.url, DispositionTableDocument, { id: draftId, f: 'XLSX' }, guicai)).dispositionTable;
  const res = await fetch(`${server.url}${link.url}`, { headers: { authorization: `Bearer ${guicai}` } });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const rows: string[][] = [];
  book.worksheets[0]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  return rows;
}

describe('an opinion whose passage was deleted, carried into later versions', () => {
  it('stays ORPHANED with its quote after v3 is published, and the table of v3 marks it 原文已删除', async () => {
    const p = await buildProgramme(server);
    const { planId, working, kexin, orphan, whole } = await orphanedInV2(p);

    const v3 = await publish(server, working, planId, { stage: 'REVIEW', content: DRAFT_V3 });
    expect(v3.orphaned).toBe(1);
    expect(await threadView(orphan, kexin)).toEqual({
      anchorState: 'ORPHANED',
      quote: DELETED,
      anchor: null,
      draft: { version: 3 },
    });
    // The opinion on the whole text is still one.
    expect(await threadView(whole, kexin)).toMatchObject({ anchorState: 'ATTACHED', anchor: null });

    const rows = await opinionTable(p, v3.id);
    const orphanRow = rows.find((r) => r.includes('建议补充台风灾害损失数据。'));
    // Its clause is where the passage stood in v1.
    expect(orphanRow).toEqual(expect.arrayContaining(['二、面临形势', `〔原文已删除〕${DELETED}`, '待处理']));
    // Filed after 全文/通篇 and its whole-text opinion, in a group of its own.
    const at = (text: string) => rows.findIndex((r) => r.includes(text));
    const group = (name: string) => rows.findIndex((r) => r[0] === name);
    expect(group('全文/通篇')).toBeGreaterThan(0);
    expect(group('全文/通篇')).toBeLessThan(at('整体结构清晰。'));
    expect(at('整体结构清晰。')).toBeLessThan(group('原文已删除的条款'));
    expect(group('原文已删除的条款')).toBeLessThan(at('建议补充台风灾害损失数据。'));
  });

  it('re-attaches, with a real anchor, when v3 brings the deleted words back', async () => {
    const p = await buildProgramme(server);
    const { planId, working, kexin, orphan } = await orphanedInV2(p);

    const v3 = await publish(server, working, planId, { stage: 'REVIEW', content: DRAFT_V1 });
    expect(v3.orphaned).toBe(0);
    const view = await threadView(orphan, kexin);
    expect(view).toMatchObject({ anchorState: 'MOVED', quote: DELETED, anchor: { quote: DELETED } });
    const rows = await opinionTable(p, v3.id);
    expect(rows.find((r) => r.includes('建议补充台风灾害损失数据。'))).toEqual(
      expect.arrayContaining(['二、面临形势', DELETED]),
    );
  });
});

describe('finding an orphan again in a new version (refound)', () => {
  const blocks = [
    { id: 'a', text: '完善应急物资保障体系，推进县级储备库建设。' },
    { id: 'b', text: '加强应急指挥信息化建设，推进县级储备库建设。' },
  ];

  it('re-attaches only where the exact words stand once in the whole text', () => {
    expect(refound('完善应急物资保障体系', blocks)).toEqual({
      state: 'MOVED',
      anchor: expect.objectContaining({ blockId: 'a', start: 0, end: 10, quote: '完善应急物资保障体系' }),
    });
    // Twice in the text: which passage it was about cannot be told.
    expect(refound('推进县级储备库建设', blocks)).toEqual({ state: 'ORPHANED', anchor: null });
    // Short words recur by chance; no quote at all cannot be found.
    expect(refound('应急', [{ id: 'c', text: '应急管理' }])).toEqual({ state: 'ORPHANED', anchor: null });
    expect(refound(null, blocks)).toEqual({ state: 'ORPHANED', anchor: null });
    expect(refound('极端天气事件趋多趋强', blocks)).toEqual({ state: 'ORPHANED', anchor: null });
  });
});
