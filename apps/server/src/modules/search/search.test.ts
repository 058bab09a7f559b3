import { importMarkdown } from '@gongbian/documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/client.js';
import { planLedBy } from '#test/support/drafts.js';
import { CreateDraftIdDocument, SearchPassagesDocument } from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { writeScope } from '../../writes/write-scope.js';
import { actorOf } from '../auth/session.service.js';
import { indexBlocksAfterCommit } from '../draft/block-index.js';
import { createDraft } from '../draft/draft.service.js';
import { PersonEntity } from '../person/person.entity.js';
import { PlanEntity } from '../plan/plan.entity.js';

// A publication's blocks join the search index after its transaction commits (draft/block-index.ts).
// These tests find a passage before and after, and check that the index is not left behind.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

/** A draft of `n` paragraphs, each numbered 第i条 (a query for one finds that paragraph alone). */
const numbered = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => `第${i + 1}条 ${topic}，健全应急管理体系，强化风险防控能力。`).join('\n\n');

async function unindexedBlocks(draftId: string): Promise<number> {
  const [row]: { n: number }[] = await server.app.services.ds.query(
    'SELECT count(*)::int AS n FROM draft_block WHERE draft_id = $1 AND NOT indexed',
    [draftId],
  );
  return row?.n ?? 0;
}

async function search(p: Programme, q: string) {
  return (await ok(server.url, SearchPassagesDocument, { id: p.programId, q }, await p.as('observer'))).search;
}

/** The publishing transaction as the createDraft mutation runs it, without what follows its commit. */
async function commitOnly(p: Programme, planId: string, markdown: string): Promise<string> {
  const { ds, clock } = server.app.services;
  const actor = actorOf(await ds.getRepository(PersonEntity).findOneByOrFail({ id: p.personIds.working }));
  const plan = await ds.getRepository(PlanEntity).findOneByOrFail({ id: planId });
  const { draftId } = await ds.transaction((m) =>
    createDraft(writeScope(m, actor, clock.now()), {
      plan,
      stage: 'CONSULTATION',
      title: '征求意见稿',
      blocks: importMarkdown(markdown),
      commentDeadline: null,
      sourceFormat: 'MARKDOWN',
      searchIndex: 'after-commit',
    }),
  );
  return draftId;
}

describe('searching a draft just published', () => {
  it('finds a passage of a 3,000-block version as soon as it is published, from the search index', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const planId = await planLedBy(server, p, '科信处');
    const input = { planId, stage: 'CONSULTATION' as const, title: '征求意见稿', format: 'MARKDOWN' as const };
    const published = await ok(
      server.url,
      CreateDraftIdDocument,
      { input: { ...input, content: numbered(3000, '物资储备') } },
      await p.as('working'),
    );
    const draftId = published.createDraft.draft.id;

    const hits = await search(p, '第2718条');
    expect(hits).toEqual([{ kind: 'DRAFT_BLOCK', draftId, snippet: expect.stringContaining('第2718条 物资储备') }]);
    // Indexed by the time the publication answers: search does not go on reading them one by one.
    expect(await unindexedBlocks(draftId)).toBe(0);
  });

  it('finds the passages of a version whose blocks have not yet joined the index, and indexes them after', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const planId = await planLedBy(server, p, '规财处');
    // One publication stopped between its commit and the indexing (as a process that stops there).
    const draftId = await commitOnly(p, planId, numbered(300, '监测预警'));
    expect(await unindexedBlocks(draftId)).toBe(300);
    expect(await search(p, '第217条')).toEqual([
      { kind: 'DRAFT_BLOCK', draftId, snippet: expect.stringContaining('第217条 监测预警') },
    ]);

    // The next publication's indexing takes the one left behind along with its own.
    const next = await commitOnly(p, planId, numbered(20, '指挥调度'));
    await indexBlocksAfterCommit(server.app.services.ds.manager, next);
    expect(await unindexedBlocks(draftId)).toBe(0);
    expect(await unindexedBlocks(next)).toBe(0);
    const hits = await search(p, '第217条');
    expect(hits).toEqual([{ kind: 'DRAFT_BLOCK', draftId, snippet: expect.stringContaining('第217条 监测预警') }]);
    expect((await search(p, '指挥调度')).map((h) => h.draftId)).toEqual(Array(10).fill(next));
  });
});
