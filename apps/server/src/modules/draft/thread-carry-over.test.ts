import { makeAnchor } from '@gongbian/anchoring';
import { type Block, importMarkdown } from '@gongbian/documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/client.js';
import { anchorOn, DRAFT_V2, planLedBy, publish } from '#test/support/drafts.js';
import {
  DisposeThreadDocument,
  StartThreadDocument,
  ThreadPlacementsDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { writeScope } from '../../writes/write-scope.js';
import { actorOf } from '../auth/session.service.js';
import { PersonEntity } from '../person/person.entity.js';
import { PlanEntity } from '../plan/plan.entity.js';
import { createDraft } from './draft.service.js';
import { type CarryOver, prepareCarryOver } from './thread-carry-over.js';

// A publication is worked out before its transaction (prepareCarryOver) and committed after
// (createDraft with the result). These tests change the threads in between, as other people can
// while a large draft is being re-anchored, and check that nothing is moved on stale ground.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

interface ThreadView {
  status: string;
  anchorState: string;
  draft: { id: string; version: number };
  anchor: { blockId: string; start: number; end: number; quote: string } | null;
  placements: { draft: { version: number }; anchorState: string }[];
}

/** The publishing transaction of the working group, as the createDraft mutation runs it. */
async function commit(p: Programme, planId: string, blocks: Block[], carryOver: CarryOver) {
  const { ds, clock } = server.app.services;
  const actor = actorOf(await ds.getRepository(PersonEntity).findOneByOrFail({ id: p.personIds.working }));
  const plan = await ds.getRepository(PlanEntity).findOneByOrFail({ id: planId });
  const result = await ds.transaction((m) =>
    createDraft(writeScope(m, actor, clock.now()), {
      plan,
      stage: 'REVIEW',
      title: '送审稿',
      blocks,
      commentDeadline: null,
      sourceFormat: 'MARKDOWN',
      carryOver,
    }),
  );
  server.app.services.doorbell.ring();
  return result;
}

async function reanchoredEvents(draftId: string) {
  const rows: { subject_id: string; payload: { from: string; state: string } }[] = await server.app.services.ds.query(
    `SELECT subject_id, payload FROM event WHERE stream = $1 AND kind = 'thread.reanchored'`,
    [`draft:${draftId}`],
  );
  return new Map(rows.map((r) => [r.subject_id, r.payload]));
}

describe('carrying threads worked out before the transaction', () => {
  it('leaves a thread decided meanwhile behind, and re-anchors threads opened, reopened or moved meanwhile', async () => {
    const p = await buildProgramme(server);
    const planId = await planLedBy(server, p, '规财处');
    const working = await p.as('working');
    const v1 = await publish(server, working, planId);
    const start = async (quote: string) =>
      (
        await ok(
          server.url,
          StartThreadDocument,
          { draftId: v1.id, anchor: anchorOn(v1, quote), body: `关于「${quote}」` },
          working,
        )
      ).startThread.thread.id;
    const kept = await start('省级应急物资储备库12个');
    const reanchored = await start('乡镇（街道）专职队伍实现全覆盖');
    const decidedMeanwhile = await start('加强应急指挥信息化建设');
    const reopenedMeanwhile = await start('推进县级储备库建设');
    await ok(server.url, DisposeThreadDocument, { id: reopenedMeanwhile, s: 'ADOPTED', r: '' }, working);

    const blocks = importMarkdown(DRAFT_V2);
    const prepared = await prepareCarryOver(server.app.services.ds.manager, planId, blocks);
    expect([...prepared.moves.keys()].sort()).toEqual([kept, reanchored, decidedMeanwhile].sort());

    // Meanwhile: one decided, one reopened, one started, and one anchor changed. (No API moves an
    // anchor within a version today; this stands for any writer that one day does.)
    await ok(server.url, DisposeThreadDocument, { id: decidedMeanwhile, s: 'ADOPTED', r: '' }, working);
    await ok(server.url, DisposeThreadDocument, { id: reopenedMeanwhile, s: 'OPEN', r: '' }, working);
    const startedMeanwhile = await start('应急救援力量建设要坚持专常兼备');
    const gone = v1.blocks.find((b) => b.text.includes('台风、暴雨等灾害风险叠加')) as { id: string; text: string };
    const at = gone.text.indexOf('台风、暴雨等灾害风险叠加');
    const moved = makeAnchor(gone, at, at + '台风、暴雨等灾害风险叠加'.length);
    await server.app.services.ds.query(
      'UPDATE thread SET block_id = $2, anchor_start = $3, anchor_end = $4, quote = $5, prefix = $6, suffix = $7 WHERE id = $1',
      [reanchored, moved.blockId, moved.start, moved.end, moved.quote, moved.prefix, moved.suffix],
    );

    const result = await commit(p, planId, blocks, prepared);
    expect([result.carriedThreads, result.orphanedThreads]).toEqual([4, 1]);
    const view = async (id: string) =>
      (await ok(server.url, ThreadPlacementsDocument, { id }, working)).thread as ThreadView;

    // Decided before the commit: it stays on the version it was decided on.
    expect(await view(decidedMeanwhile)).toMatchObject({ status: 'ADOPTED', draft: { version: 1 } });
    // Its new passage was deleted in version 2: orphaned, not moved to where the old one went.
    expect(await view(reanchored)).toMatchObject({ draft: { version: 2 }, anchorState: 'ORPHANED', anchor: null });
    for (const [id, quote] of [
      [kept, '省级应急物资储备库12个'],
      [reopenedMeanwhile, '推进县级储备库建设'],
      [startedMeanwhile, '应急救援力量建设要坚持专常兼备'],
    ] as const) {
      const t = await view(id);
      expect(t, quote).toMatchObject({ status: 'OPEN', draft: { id: result.draftId }, anchorState: 'ATTACHED' });
      const block = blocks.find((b) => b.id === t.anchor?.blockId);
      expect(block?.text.slice(t.anchor?.start, t.anchor?.end), quote).toBe(quote);
    }
    const events = await reanchoredEvents(result.draftId);
    expect(new Map([...events].map(([id, e]) => [id, e.state]))).toEqual(
      new Map([
        [kept, 'ATTACHED'],
        [reanchored, 'ORPHANED'],
        [reopenedMeanwhile, 'ATTACHED'],
        [startedMeanwhile, 'ATTACHED'],
      ]),
    );
  });

  it('works everything out again when another version was published meanwhile', async () => {
    const p = await buildProgramme(server);
    const planId = await planLedBy(server, p, '规财处');
    const working = await p.as('working');
    const v1 = await publish(server, working, planId);
    const first = (
      await ok(
        server.url,
        StartThreadDocument,
        { draftId: v1.id, anchor: anchorOn(v1, '乡镇（街道）专职队伍实现全覆盖'), body: '意见' },
        working,
      )
    ).startThread.thread.id;
    const v3Blocks = importMarkdown(DRAFT_V2.replace('基层应急救援队伍不断壮大，', ''));
    const prepared = await prepareCarryOver(server.app.services.ds.manager, planId, v3Blocks);

    // Someone else publishes version 2, and an opinion is raised on it.
    const v2 = await publish(server, working, planId, { content: DRAFT_V2 });
    const second = (
      await ok(
        server.url,
        StartThreadDocument,
        { draftId: v2.id, anchor: anchorOn(v2, '加强应急指挥信息化建设'), body: '意见' },
        working,
      )
    ).startThread.thread.id;

    const result = await commit(p, planId, v3Blocks, prepared);
    expect(result.carriedThreads).toBe(2);
    const events = await reanchoredEvents(result.draftId);
    expect(events.get(first)).toMatchObject({ from: v2.id });
    expect(events.get(second)).toMatchObject({ from: v2.id, state: 'ATTACHED' });
    const t = (await ok(server.url, ThreadPlacementsDocument, { id: first }, working)).thread as ThreadView;
    expect(t.placements.map((x) => x.draft.version)).toEqual([1, 2, 3]);
    const block = v3Blocks.find((b) => b.id === t.anchor?.blockId);
    expect(block?.text.slice(t.anchor?.start, t.anchor?.end)).toBe('乡镇（街道）专职队伍实现全覆盖');
  });
});
