import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok } from '#test/support/client.js';
import { anchorOn, planLedBy, publish } from '#test/support/drafts.js';
import {
  DisposeThreadIdDocument,
  DispositionTableDocument,
  StartThreadDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';
import { EXPORT_LINK_MINUTES } from '../../exports/export-link.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const download = (url: string, token?: string) =>
  fetch(`${server.url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('the opinion table (意见采纳情况表)', () => {
  it('downloads as .xlsx with every opinion and its disposition, only for the person who asked, for a few minutes', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('working'), await planLedBy(server, p, '规财处'));
    const t = await ok(
      server.url,
      StartThreadDocument,
      { draftId: draft.id, anchor: anchorOn(draft, '省级应急物资储备库12个'), body: '建议**细化到县级**。' },
      await p.as('kexin'),
    );
    await ok(
      server.url,
      DisposeThreadIdDocument,
      { id: t.startThread.thread.id, s: 'PARTLY_ADOPTED', r: '县级储备库纳入重大工程。' },
      await p.as('guicai'),
    );
    await ok(
      server.url,
      StartThreadDocument,
      { draftId: draft.id, anchor: null, body: '整体结构清晰。' },
      await p.as('jiuyuan'),
    );

    const guicai = await p.as('guicai');
    const link = (await ok(server.url, DispositionTableDocument, { id: draft.id, f: 'XLSX' }, guicai)).dispositionTable;
    expect(link.filename).toContain('意见采纳情况表');

    expect((await download(link.url)).status).toBe(401);
    expect((await download(link.url, await p.as('working'))).status).toBe(403);
    const res = await download(link.url, guicai);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows: string[][] = [];
    book.worksheets[0]?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    const row = rows.find((r) => r.includes('省级应急物资储备库12个'));
    expect(row).toEqual(expect.arrayContaining(['建议细化到县级。', '在线', '部分采纳', '县级储备库纳入重大工程。']));
    expect(row?.find((cell) => cell.startsWith('科信处 '))).toBeDefined();
    expect(rows.some((r) => r.includes('整体结构清晰。') && r.includes('待处理'))).toBe(true);

    server.app.services.clock.advanceWall((EXPORT_LINK_MINUTES + 1) * 60_000);
    try {
      expect((await download(link.url, guicai)).status).toBe(410);
    } finally {
      server.app.services.clock.advanceWall(-(EXPORT_LINK_MINUTES + 1) * 60_000);
    }
  });

  it('serves .docx too, and only to those who may export', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('working'), await planLedBy(server, p, '规财处'));
    const leader = await p.as('leader');
    const link = (await ok(server.url, DispositionTableDocument, { id: draft.id, f: 'DOCX' }, leader)).dispositionTable;
    const res = await download(link.url, leader);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    for (const account of ['expert', 'observer', 'kexin']) {
      const r = await gql(server.url, DispositionTableDocument, { id: draft.id, f: 'DOCX' }, await p.as(account));
      expect(r.errors?.[0]?.extensions?.code, account).toBe('FORBIDDEN');
    }
  });
});
