import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present } from '#test/support/client.js';
import { anchorOn, DRAFT_V1, DRAFT_V2, planLedBy, publish } from '#test/support/drafts.js';
import {
  CompareDraftsDocument,
  CreateDraftDocument,
  DisposeThreadDocument,
  DraftVersionThreadsDocument,
  PlanDraftIdsDocument,
  PlanDraftsDocument,
  StartThreadDocument,
  ThreadCommentBodiesDocument,
  ThreadQuotePlacementsDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

describe('publishing drafts', () => {
  it('numbers the versions of a plan 1, 2, 3 and moves the plan’s stage with its newest draft', async () => {
    const p = await buildProgramme(server);
    const planId = await planLedBy(server, p, '科信处');
    const kexin = await p.as('kexin');
    // The plan is at CONSULTATION: a version takes that stage again or the next (publishable-stages.ts).
    const v1 = await publish(server, kexin, planId, { stage: 'CONSULTATION' });
    const v2 = await publish(server, await p.as('working'), planId, { stage: 'CONSULTATION' });
    const v3 = await publish(server, kexin, planId, { stage: 'REVIEW' });
    expect([v1.version, v2.version, v3.version]).toEqual([1, 2, 3]);
    const plan = await ok(server.url, PlanDraftsDocument, { id: planId }, kexin);
    expect(plan.node).toEqual({
      stage: 'REVIEW',
      drafts: [{ version: 1 }, { version: 2 }, { version: 3 }],
      currentDraft: { id: v3.id },
    });
  });

  it('imports the Markdown into ordered blocks of each kind', async () => {
    const p = await buildProgramme(server);
    const d = await publish(server, await p.as('working'), await planLedBy(server, p, '规财处'));
    expect(d.blocks.map((b) => [b.kind, b.level])).toEqual([
      ['HEADING', 1],
      ['HEADING', 2],
      ['PARAGRAPH', 0],
      ['PARAGRAPH', 0],
      ['HEADING', 2],
      ['PARAGRAPH', 0],
      ['HEADING', 1],
      ['LIST_ITEM', 1],
      ['LIST_ITEM', 1],
      ['PARAGRAPH', 0],
    ]);
    expect(new Set(d.blocks.map((b) => b.id)).size).toBe(d.blocks.length);
  });

  it('lets only the lead unit and the working group publish', async () => {
    const p = await buildProgramme(server);
    const planId = await planLedBy(server, p, '科信处');
    for (const account of ['jiuyuan', 'guicai', 'expert', 'leader', 'observer']) {
      const r = await gql(
        server.url,
        CreateDraftDocument,
        { planId, stage: 'CONSULTATION', content: DRAFT_V1, format: 'MARKDOWN' },
        await p.as(account),
      );
      expect(r.errors?.[0]?.extensions?.code, account).toBe('FORBIDDEN');
    }
  });

  it('refuses a file that is not a Word document, and empty text, with the reason', async () => {
    const p = await buildProgramme(server);
    const planId = await planLedBy(server, p, '科信处');
    const token = await p.as('kexin');
    const notDocx = await gql(
      server.url,
      CreateDraftDocument,
      { planId, stage: 'CONSULTATION', content: Buffer.from('只是一段文字').toString('base64'), format: 'DOCX' },
      token,
    );
    expect(notDocx.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_DOCX' });
    const empty = await gql(
      server.url,
      CreateDraftDocument,
      { planId, stage: 'CONSULTATION', content: '   \n\n', format: 'MARKDOWN' },
      token,
    );
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMPTY' });
    const plan = await ok(server.url, PlanDraftIdsDocument, { id: planId }, token);
    expect(plan.node).toEqual({ drafts: [] });
  });
});

describe('carrying threads into the next version', () => {
  it('moves every open thread, re-anchored, counts the orphans, and leaves decided ones where they were decided', async () => {
    const p = await buildProgramme(server);
    const planId = await planLedBy(server, p, '规财处');
    const working = await p.as('working');
    const v1 = await publish(server, working, planId);
    const start = async (quote: string | null, account = 'kexin') =>
      (
        await ok(
          server.url,
          StartThreadDocument,
          { draftId: v1.id, anchor: quote ? anchorOn(v1, quote) : null, body: `关于「${quote}」的意见` },
          await p.as(account),
        )
      ).startThread.thread.id;
    const same = await start('省级应急物资储备库12个');
    const moved = await start('乡镇（街道）专职队伍实现全覆盖');
    const gone = await start('台风、暴雨等灾害风险叠加');
    const whole = await start(null, 'jiuyuan');
    const decided = await start('加强应急指挥信息化建设');
    await ok(server.url, DisposeThreadDocument, { id: decided, s: 'ADOPTED', r: '' }, await p.as('guicai'));

    const v2 = await publish(server, working, planId, { content: DRAFT_V2, stage: 'REVIEW' });
    expect([v2.carried, v2.orphaned]).toEqual([4, 1]);

    const after = present((await ok(server.url, DraftVersionThreadsDocument, { id: v2.id }, working)).draft, 'v2');
    const byId = new Map(after.threads.edges.map((e) => [e.node.id, e.node]));
    expect(after.threads.totalCount).toBe(4);
    expect(byId.get(same)).toMatchObject({
      status: 'OPEN',
      anchorState: 'ATTACHED',
      anchor: { quote: '省级应急物资储备库12个' },
    });
    const m = byId.get(moved);
    expect(m?.anchorState).toBe('MOVED');
    const anchor = present(m?.anchor, 'the moved thread’s anchor');
    const block = v2.blocks.find((b) => b.id === anchor.blockId);
    expect(block?.text.slice(anchor.start, anchor.end)).toBe('乡镇（街道）专职队伍实现全覆盖');
    expect(byId.get(gone)).toMatchObject({ anchorState: 'ORPHANED', anchor: null });
    expect(byId.get(whole)).toMatchObject({ anchorState: 'ATTACHED', anchor: null });
    // Each carried thread remembers where it sat in each version.
    const history = await ok(server.url, ThreadQuotePlacementsDocument, { id: gone }, working);
    expect(history.thread).toEqual({
      quote: '台风、暴雨等灾害风险叠加',
      placements: [
        {
          draft: { version: 1 },
          anchorState: 'ATTACHED',
          quote: '台风、暴雨等灾害风险叠加',
          start: expect.any(Number),
        },
        { draft: { version: 2 }, anchorState: 'ORPHANED', quote: '台风、暴雨等灾害风险叠加', start: null },
      ],
    });

    const old = await ok(server.url, DraftVersionThreadsDocument, { id: v1.id }, working);
    expect(old.draft?.threads.edges.map((e) => e.node.id)).toEqual([decided]);
    // The orphan still shows what it was about.
    const orphan = await ok(server.url, ThreadCommentBodiesDocument, { id: gone }, working);
    expect(orphan.thread?.comments[0]?.body).toContain('台风、暴雨等灾害风险叠加');
  });

  it('compares two versions block by block with inline differences', async () => {
    const p = await buildProgramme(server);
    const planId = await planLedBy(server, p, '规财处');
    const working = await p.as('working');
    const v1 = await publish(server, working, planId);
    const v2 = await publish(server, working, planId, { content: DRAFT_V2 });
    const r = await ok(server.url, CompareDraftsDocument, { a: v1.id, b: v2.id }, working);
    const kinds = r.compareDrafts.map((c) => c.kind);
    expect(kinds).toContain('CHANGED');
    expect(kinds).toContain('REMOVED');
    const changed = r.compareDrafts.find((c) => c.kind === 'CHANGED');
    expect(
      changed?.parts
        .filter((x) => x.op === 'INSERT')
        .map((x) => x.text)
        .join(''),
    ).toContain('体制改革');
    const removed = r.compareDrafts.filter((c) => c.kind === 'REMOVED').map((c) => c.old?.text);
    expect(removed).toContain('极端天气事件趋多趋强，台风、暴雨等灾害风险叠加。');
  });
});
