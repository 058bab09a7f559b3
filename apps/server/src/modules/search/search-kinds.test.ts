import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok } from '#test/support/client.js';
import { anchorOn } from '#test/support/drafts.js';
import { buildDraft, buildExpert, buildMeeting, buildReview, buildThread } from '#test/support/factories.js';
import {
  EditMinutesDocument,
  SearchFirstDocument,
  SearchHitsDocument,
  SearchReplyDocument,
  StartReviewThreadCommentsDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Every kind of hit the search box shows, each with the ids its page opens it by, and the seal
// on review opinions (the read-path matrix in review/sealed-read-paths.test.ts walks every role too).

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function search(p: Programme, q: string, as = 'observer') {
  return (await ok(server.url, SearchHitsDocument, { id: p.programId, q }, await p.as(as))).search;
}

const PASSAGES = `# 第一章 总则

第一条 为健全应急管理体系，制定本规划。

第二条 加快建设省级危化品救援基地，配齐重型装备。

第三条 完善灾情报送机制。
`;

describe('search over a programme', () => {
  it('finds a passage with its draft, version, block and plan, so the reader can open at it', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const draft = await buildDraft(server, p, { content: PASSAGES });
    const block = draft.blocks.find((b) => b.text.includes('危化品救援基地'));
    const hits = await search(p, '危化品救援');
    expect(hits).toEqual([
      expect.objectContaining({
        kind: 'DRAFT_BLOCK',
        draftId: draft.id,
        version: 1,
        blockId: block?.id,
        planId: expect.any(String),
        snippet: expect.stringContaining('危化品救援基地'),
      }),
    ]);
  });

  it('tells an opinion from a reply, each with its thread, passage and draft', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const draft = await buildDraft(server, p, { content: PASSAGES });
    const thread = await buildThread(server, p, draft, { quote: '灾情报送', body: '建议明确蓝鲸预警的报送时限。' });
    await ok(
      server.url,
      SearchReplyDocument,
      { id: thread.id, b: '同意，蓝鲸预警按两小时报送。' },
      await p.as('guicai'),
    );
    const hits = await search(p, '蓝鲸预警');
    const anchor = anchorOn(draft, '灾情报送');
    const where = { threadId: thread.id, draftId: draft.id, blockId: anchor.blockId, quote: '灾情报送' };
    expect(hits).toEqual([
      expect.objectContaining({ kind: 'THREAD', snippet: '建议明确蓝鲸预警的报送时限。', ...where }),
      expect.objectContaining({ kind: 'COMMENT', snippet: '同意，蓝鲸预警按两小时报送。', ...where }),
    ]);
  });

  it('finds a meeting by its title or agenda, and by words only its minutes hold', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const meeting = await buildMeeting(server, p, { title: '雪豹专题座谈会' });
    const saved = await ok(
      server.url,
      EditMinutesDocument,
      { id: meeting.id, text: '一、会议议定\n1. 白鹭湖片区应急避难场所纳入规划。', v: 1 },
      await p.as('working'),
    );
    expect(saved.editMinutes.meeting.minutesVersion).toBe(2);

    expect(await search(p, '雪豹专题')).toEqual([
      expect.objectContaining({ kind: 'MEETING', meetingId: meeting.id, title: '雪豹专题座谈会' }),
    ]);
    expect(await search(p, '白鹭湖片区')).toEqual([
      expect.objectContaining({
        kind: 'MINUTES',
        meetingId: meeting.id,
        title: '雪豹专题座谈会',
        snippet: expect.stringContaining('白鹭湖片区应急避难场所'),
      }),
    ]);
  });

  it('finds research topics, milestones and plans by their titles, with their ids', async () => {
    const p = await buildProgramme(server);
    const { ds } = server.app.services;
    const [topic]: { id: string; title: string }[] = await ds.query(
      'SELECT id, title FROM research_topic WHERE program_id = $1 ORDER BY number LIMIT 1',
      [p.programId],
    );
    const [milestone]: { id: string; title: string }[] = await ds.query(
      'SELECT id, title FROM milestone WHERE program_id = $1 ORDER BY due_on LIMIT 1',
      [p.programId],
    );
    const [plan]: { id: string; title: string }[] = await ds.query(
      'SELECT id, title FROM plan WHERE program_id = $1 ORDER BY sort_order LIMIT 1',
      [p.programId],
    );
    if (!topic || !milestone || !plan) throw new Error('the seed has no topic, milestone or plan');

    expect(await search(p, topic.title)).toContainEqual(
      expect.objectContaining({ kind: 'TOPIC', topicId: topic.id, title: topic.title }),
    );
    expect(await search(p, milestone.title)).toContainEqual(
      expect.objectContaining({ kind: 'MILESTONE', milestoneId: milestone.id, title: milestone.title }),
    );
    expect(await search(p, plan.title)).toContainEqual(
      expect.objectContaining({ kind: 'PLAN', planId: plan.id, title: plan.title }),
    );
  });

  it('keeps one kind from crowding out the others', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const many = Array.from({ length: 30 }, (_, i) => `第${i + 1}条 金雕行动要求。`).join('\n\n');
    await buildDraft(server, p, { content: many });
    await buildMeeting(server, p, { title: '金雕行动推进会' });
    const r = await ok(
      server.url,
      SearchFirstDocument,
      { id: p.programId, q: '金雕行动', first: 10, perKind: 4 },
      await p.as('kexin'),
    );
    expect(r.search.map((h) => h.kind)).toEqual([...Array(4).fill('DRAFT_BLOCK'), 'MEETING']);
    // Without perKind, `first` caps each kind and the whole: passages come first.
    const all = await ok(
      server.url,
      SearchFirstDocument,
      { id: p.programId, q: '金雕行动', first: 10 },
      await p.as('kexin'),
    );
    expect(all.search.map((h) => h.kind)).toEqual(Array(10).fill('DRAFT_BLOCK'));
  });

  it('does not find a sealed review opinion or its reply except for its expert and the working group', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const draft = await buildDraft(server, p, { content: PASSAGES });
    const expert = await buildExpert(server, p);
    await buildReview(server, p, draft, expert);
    const started = await ok(
      server.url,
      StartReviewThreadCommentsDocument,
      { d: draft.id, a: anchorOn(draft, '灾情报送'), b: '封存的白鹤意见。' },
      expert.token,
    );
    await ok(server.url, SearchReplyDocument, { id: started.startThread.thread.id, b: '白鹤意见补充。' }, expert.token);

    const kinds = async (token: string) =>
      (await ok(server.url, SearchHitsDocument, { id: p.programId, q: '白鹤意见' }, token)).search.map((h) => h.kind);
    expect(await kinds(expert.token)).toEqual(['THREAD', 'COMMENT']);
    expect(await kinds(await p.as('working'))).toEqual(['THREAD', 'COMMENT']);
    for (const role of ['guicai', 'kexin', 'leader', 'observer']) expect(await kinds(await p.as(role))).toEqual([]);
  });

  it('refuses a one-character query', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const r = await gql(server.url, SearchHitsDocument, { id: p.programId, q: ' 物 ' }, await p.as('observer'));
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
