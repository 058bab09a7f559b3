import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, present } from '#test/support/client.js';
import { planLedBy } from '#test/support/drafts.js';
import { FormattedDraftBlocksDocument, PublishFormattedDraftDocument } from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';
import { formattedDraftDocx } from './block-format.fixture.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

describe('a Word draft’s numbering, levels and bold', () => {
  it('keeps the labels Word draws, the title above Heading 1 and bold runs, as stored and read back', async () => {
    const p = await buildProgramme(server);
    const planId = await planLedBy(server, p, '科信处');
    const token = await p.as('kexin');
    const content = Buffer.from(formattedDraftDocx()).toString('base64');
    const input = { planId, stage: 'CONSULTATION' as const, title: '征求意见稿', format: 'DOCX' as const, content };
    const published = await ok(server.url, PublishFormattedDraftDocument, { input }, token);
    const id = present(published.createDraft.draft?.id, 'the new draft');

    const { draft } = await ok(server.url, FormattedDraftBlocksDocument, { id }, token);
    const blocks = present(draft, 'the draft').blocks;
    expect(blocks.map(({ kind, level, label, text }) => [kind, level, label, text])).toEqual([
      ['HEADING', 0, null, '杭州市应急管理“十四五”规划'],
      ['HEADING', 1, null, '第一章 总体要求'],
      ['LIST_ITEM', 1, '一、', '指导思想'],
      ['LIST_ITEM', 2, '（一）', '坚持人民至上'],
      ['LIST_ITEM', 2, '（二）', '坚持系统观念'],
      ['LIST_ITEM', 1, '二、', '发展目标'],
    ]);
    expect(blocks[3]?.marks).toEqual([{ start: 2, end: 6, bold: true, italic: false }]);
    expect(blocks.filter((b) => b.marks.length > 0)).toHaveLength(1);
  });
});
