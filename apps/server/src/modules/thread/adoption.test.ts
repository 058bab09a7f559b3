import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, gql, logPosition, ok, present, wsClient } from '#test/support/client.js';
import { anchorOn, DRAFT_V1, DRAFT_V2, planLedBy, publish, type TestDraft } from '#test/support/drafts.js';
import {
  AdoptConfirmDocument,
  AdoptDashboardDocument,
  AdoptDisposeDocument,
  type AdoptionOfFragment,
  AdoptLiveDocument,
  AdoptNoticesDocument,
  AdoptThreadsDocument,
  DispositionTableUrlDocument,
  StartThreadDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { gateConditions, readGateFacts } from '../program/index.js';

// 采纳 means done (issue 16): adopted opinions checked against the next version of their draft.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

interface Round {
  p: Programme;
  planId: string;
  v1: TestDraft;
  guicai: string;
  kexin: string;
  working: string;
  /** By name: kept (unchanged, moved), changed (its paragraph rewritten), removed, whole (the draft), declined. */
  threads: Record<'kept' | 'changed' | 'removed' | 'whole' | 'declined', string>;
}

/** The master plan's v1 with five opinions by 科信处, four of them adopted by 规财处. */
async function round(): Promise<Round> {
  const p = await buildProgramme(server, { only: 'plans' });
  const [guicai, kexin, working] = await Promise.all([p.as('guicai'), p.as('kexin'), p.as('working')]);
  const planId = await planLedBy(server, p, '规财处');
  const v1 = await publish(server, guicai, planId, { content: DRAFT_V1 });
  const start = async (quote: string | null) =>
    (
      await ok(
        server.url,
        StartThreadDocument,
        { draftId: v1.id, anchor: quote ? anchorOn(v1, quote) : null, body: `建议修改${quote ?? '全文'}` },
        kexin,
      )
    ).startThread.thread.id;
  const threads = {
    kept: await start('应急救援力量建设要坚持专常兼备'),
    changed: await start('基层应急救援队伍不断壮大'),
    removed: await start('极端天气事件趋多趋强'),
    whole: await start(null),
    declined: await start('加强应急指挥信息化建设'),
  };
  const decide = (id: string, s: 'ADOPTED' | 'PARTLY_ADOPTED' | 'NOT_ADOPTED', r = '') =>
    ok(server.url, AdoptDisposeDocument, { id, s, r }, guicai);
  await decide(threads.kept, 'ADOPTED');
  await decide(threads.changed, 'ADOPTED');
  await decide(threads.removed, 'PARTLY_ADOPTED', '部分采纳，删减相关表述');
  await decide(threads.whole, 'ADOPTED');
  await decide(threads.declined, 'NOT_ADOPTED', '已有相关安排');
  return { p, planId, v1, guicai, kexin, working, threads };
}

async function adoptionOn(r: Round, token = r.guicai) {
  const { draft } = await ok(server.url, AdoptThreadsDocument, { draftId: r.v1.id }, token);
  const byId = new Map((draft?.threads.edges ?? []).map((e) => [e.node.id, e.node]));
  const of = (id: string) => present(byId.get(id), `thread ${id}`) as AdoptionOfFragment;
  return {
    stats: present(draft, 'v1').stats,
    state: Object.fromEntries(Object.entries(r.threads).map(([k, id]) => [k, of(id).adoption?.state ?? null])),
    of,
  };
}

describe('adopted opinions against the next version', () => {
  it('await a version, then are REFLECTED, NOT_REFLECTED or PASSAGE_REMOVED by what the new version did to their passage', async () => {
    const r = await round();
    expect((await adoptionOn(r)).state).toEqual({
      kept: 'AWAITING_VERSION',
      changed: 'AWAITING_VERSION',
      removed: 'AWAITING_VERSION',
      whole: 'AWAITING_VERSION',
      declined: null,
    });
    // The working group publishes the 送审稿: one paragraph rewritten, one section deleted, the rest moved up.
    const v2 = await publish(server, r.working, r.planId, { content: DRAFT_V2, stage: 'REVIEW' });
    const after = await adoptionOn(r);
    expect(after.state).toEqual({
      kept: 'NOT_REFLECTED',
      changed: 'REFLECTED',
      removed: 'PASSAGE_REMOVED',
      whole: 'AWAITING_VERSION',
      declined: null,
    });
    expect(after.of(r.threads.kept).adoption?.version).toEqual({ id: v2.id, version: 2 });
    expect(after.stats).toEqual({ adopted: 3, adoptedNotReflected: 1 });

    // The dashboard counts it for the plan; the phase gate of the 送审稿 names it.
    const { program } = await ok(server.url, AdoptDashboardDocument, { id: r.p.programId }, r.working);
    expect(program?.dashboard).toEqual({
      adoptedNotReflected: 1,
      adoptedNotReflectedByPlan: [{ id: r.planId, count: 1 }],
    });
    const facts = await readGateFacts(server.app.services.ds.manager, r.p.programId, new Date());
    const gate = gateConditions(3, facts).find((c) => c.code === 'ADOPTIONS_REFLECTED');
    expect(gate).toMatchObject({
      met: false,
      facts: [
        ['plan', expect.any(String)],
        ['count', 1],
      ],
    });

    // The author hears of the one carried out; the lead unit of the one left out, linked to it.
    const authored = await ok(server.url, AdoptNoticesDocument, {}, r.kexin);
    expect(authored.notifications.filter((n) => n.kind === 'adoption').map((n) => n.subjectId)).toEqual([
      r.threads.changed,
    ]);
    const lead = await ok(server.url, AdoptNoticesDocument, {}, r.guicai);
    const gap = present(
      lead.notifications.find((n) => n.kind === 'adoption-gap'),
      'the lead unit’s notice',
    );
    expect(gap.subjectId).toBe(r.threads.kept);
    expect(gap.facts).toEqual(
      expect.arrayContaining([
        { name: 'count', value: '1' },
        { name: 'version', value: '2' },
      ]),
    );

    // v3 rewrites the paragraph left unchanged: now it is carried out; the others stay as they were.
    await publish(server, r.guicai, r.planId, {
      content: DRAFT_V2.replace(
        '应急救援力量建设要坚持专常兼备、反应灵敏。',
        '应急救援力量建设要坚持专常兼备、反应灵敏、上下联动。',
      ),
      stage: 'REVIEW',
    });
    expect((await adoptionOn(r)).state).toMatchObject({
      kept: 'REFLECTED',
      changed: 'REFLECTED',
      removed: 'PASSAGE_REMOVED',
    });
    const cleared = await readGateFacts(server.app.services.ds.manager, r.p.programId, new Date());
    expect(gateConditions(3, cleared).find((c) => c.code === 'ADOPTIONS_REFLECTED')?.met).toBe(true);
  });

  it('pushes the dashboard’s count to every open dashboard when a version leaves an adoption out', async () => {
    const r = await round();
    const after = await logPosition(server.url, r.working, r.p.programId);
    const client = wsClient(server.url, await r.p.as('leader'));
    const events = collect(client, AdoptLiveDocument, { p: r.p.programId, after });
    try {
      await publish(server, r.working, r.planId, { content: DRAFT_V2 });
      const pushed = () => events.received.find((e) => e.programEvents.activity.kind === 'draft.created');
      for (const until = Date.now() + 10_000; !pushed() && Date.now() < until; ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(pushed()?.programEvents.dashboard.adoptedNotReflected).toBe(1);
    } finally {
      await client.dispose();
    }
  });

  it('lets the lead unit confirm where an adoption was carried out, and no one else', async () => {
    const r = await round();
    const confirmed = await ok(
      server.url,
      AdoptConfirmDocument,
      { id: r.threads.whole, note: '在专项规划中明确' },
      r.guicai,
    );
    expect(confirmed.confirmAdoption.thread.adoption).toMatchObject({
      state: 'REFLECTED',
      note: '在专项规划中明确',
      confirmedBy: { id: r.p.personIds.guicai },
    });
    const told = await ok(server.url, AdoptNoticesDocument, {}, r.kexin);
    expect(told.notifications.map((n) => [n.kind, n.subjectId])).toContainEqual(['adoption', r.threads.whole]);

    // What the reader offers is what the server accepts.
    const offered = async (token: string) => (await adoptionOn(r, token)).of(r.threads.kept).viewerCan.confirmAdoption;
    expect([await offered(r.guicai), await offered(r.working), await offered(r.kexin)]).toEqual([true, true, false]);
    expect((await adoptionOn(r)).of(r.threads.declined).viewerCan.confirmAdoption).toBe(false);
    const refused = async (token: string, id: string, note: string) =>
      (await gql(server.url, AdoptConfirmDocument, { id, note }, token)).errors?.[0]?.extensions;
    expect(await refused(r.kexin, r.threads.kept, '已体现')).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CONFIRM_ADOPTION_ROLE',
    });
    expect(await refused(r.guicai, r.threads.declined, '已体现')).toMatchObject({ reason: 'THREAD_NOT_ADOPTED' });
    expect(await refused(r.guicai, r.threads.kept, '  ')).toMatchObject({ reason: 'ADOPTION_NOTE_REQUIRED' });
    expect((await adoptionOn(r)).state.kept).toBe('AWAITING_VERSION');
    // The working group may confirm too; a confirmed adoption is not checked again.
    await ok(server.url, AdoptConfirmDocument, { id: r.threads.kept, note: '在第二章体现' }, r.working);
    await publish(server, r.guicai, r.planId, { content: DRAFT_V2 });
    expect((await adoptionOn(r)).of(r.threads.kept).adoption).toMatchObject({
      state: 'REFLECTED',
      note: '在第二章体现',
    });
  });

  it('starts again when the opinion is reopened and decided anew', async () => {
    const r = await round();
    await publish(server, r.working, r.planId, { content: DRAFT_V2 });
    expect((await adoptionOn(r)).state.kept).toBe('NOT_REFLECTED');
    const reopened = await ok(server.url, AdoptDisposeDocument, { id: r.threads.kept, s: 'OPEN', r: '' }, r.working);
    expect(reopened.disposeThread.thread.adoption).toBeNull();
    const again = await ok(server.url, AdoptDisposeDocument, { id: r.threads.kept, s: 'ADOPTED', r: '' }, r.guicai);
    expect(again.disposeThread.thread.adoption).toMatchObject({ state: 'AWAITING_VERSION', version: null });
  });

  it('says in the 意见采纳情况表 whether each adoption was carried out', async () => {
    const r = await round();
    await publish(server, r.working, r.planId, { content: DRAFT_V2, stage: 'REVIEW' });
    await ok(server.url, AdoptConfirmDocument, { id: r.threads.whole, note: '在第三章第二节体现' }, r.guicai);
    const link = await ok(server.url, DispositionTableUrlDocument, { id: r.v1.id }, r.guicai);
    const file = await fetch(`${server.url}${link.dispositionTable.url}`, {
      headers: { authorization: `Bearer ${r.guicai}` },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    const rows: string[][] = [];
    book.worksheets[0]?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    const header = present(
      rows.find((row) => row.includes('落实情况')),
      'the header',
    );
    const column = header.indexOf('落实情况');
    const cell = (words: string) => rows.find((row) => row.some((c) => c.includes(words)))?.[column];
    expect(cell('建议修改应急救援力量建设要坚持专常兼备')).toBe('未落实（第 2 版）');
    expect(cell('建议修改基层应急救援队伍不断壮大')).toBe('已落实（第 2 版）');
    expect(cell('建议修改极端天气事件趋多趋强')).toBe('原文已删除（第 2 版）');
    expect(cell('建议修改全文')).toBe('已落实：在第三章第二节体现');
    expect(cell('建议修改加强应急指挥信息化建设')).toBe('');
  });
});
