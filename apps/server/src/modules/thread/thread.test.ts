import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, gql, logPosition, ok, present, wsClient } from '#test/support/client.js';
import { anchorOn, planLedBy } from '#test/support/drafts.js';
import { buildDraft, buildThread } from '#test/support/factories.js';
import {
  DisposeThreadDispositionDocument,
  DraftCommentsOpenDocument,
  DraftStatsDocument,
  DraftThreadsAuthorsDocument,
  DraftThreadsPageDocument,
  type DraftThreadsPageQuery,
  EditCommentDocument,
  MarkNotificationsReadDocument,
  MeNameDocument,
  NotificationEventsDocument,
  NotificationsKindDocument,
  ReplyWithBodyDocument,
  SearchDocument,
  SearchIdsDocument,
  StartThreadDocument,
  ThreadCommentHtmlDocument,
  ThreadCommentVersionsDocument,
  ThreadEventsDocument,
  UnreadNotificationsDocument,
} from '#test/support/generated/graphql.js';
import { publishAtStage } from '#test/support/lifecycle.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';
import { queryCounter } from '../../db/query-counter.js';
import { DRAFT_STAGES } from '../../domain.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

describe('starting a thread', () => {
  it('anchors an opinion to a passage, with context, assigned to the plan’s lead unit', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const r = await ok(
      server.url,
      StartThreadDocument,
      { draftId: d.id, anchor: anchorOn(d, '省级应急物资储备库12个'), body: '建议细化到县级。' },
      await p.as('kexin'),
    );
    expect(r.startThread.thread).toMatchObject({
      status: 'OPEN',
      anchorState: 'ATTACHED',
      assignedUnit: { shortName: '规财处' },
      anchor: {
        quote: '省级应急物资储备库12个',
        prefix: '“十三五”期间，全省建成',
        suffix: '，储备品种覆盖防汛、抗旱、森林防火等领域。',
      },
    });
  });

  it('refuses an anchor whose quote is not the text at that place', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const anchor = { ...anchorOn(d, '省级应急物资储备库12个'), quote: '省级应急物资储备库13个' };
    const r = await gql(server.url, StartThreadDocument, { draftId: d.id, anchor, body: '意见' }, await p.as('kexin'));
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.anchor.quote' });
    const outside = await gql(
      server.url,
      StartThreadDocument,
      { draftId: d.id, anchor: { ...anchor, start: 500, end: 510 }, body: '意见' },
      await p.as('kexin'),
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stats = await ok(server.url, DraftStatsDocument, { id: d.id }, await p.as('kexin'));
    expect(stats.draft?.stats.total).toBe(0);
  });

  it('refuses new threads after the deadline, saying when commenting closed', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p, { deadline: '2020-11-30T16:00:00Z' });
    await buildThread(server, p, d, { author: 'kexin', quote: '省级应急物资储备库12个' });
    server.app.services.clock.set('2020-12-02');
    try {
      const r = await gql(
        server.url,
        StartThreadDocument,
        { draftId: d.id, anchor: anchorOn(d, '台风、暴雨'), body: '迟到的意见' },
        await p.as('jiuyuan'),
      );
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(r.errors?.[0]?.message).toContain('closed on 2020-11-30');
      const open = await ok(server.url, DraftCommentsOpenDocument, { id: d.id }, await p.as('jiuyuan'));
      expect(open.draft?.commentsOpen).toBe(false);
    } finally {
      server.app.services.clock.set('2020-11-16');
    }
  });

  // Who may comment at each stage; columns: working, leader, kexin (unit member), expert, observer.
  const WHO: Record<(typeof DRAFT_STAGES)[number], string> = {
    OUTLINE: 'YYY--',
    FRAMEWORK: 'YYY--',
    CONSULTATION: 'YYYY-',
    REVIEW: 'YY-Y-',
    APPROVED: '-----',
    ISSUED: '-----',
  };
  it.each(DRAFT_STAGES)('lets the right roles comment on a %s draft', async (stage) => {
    const p = await buildProgramme(server, { only: 'plans' });
    // Stages only move forward, and APPROVED and ISSUED come from approval and issue (issue 12).
    const d = await publishAtStage(server, p, await planLedBy(server, p, '规财处'), stage);
    const accounts = ['working', 'leader', 'kexin', 'expert', 'observer'];
    const got = [];
    for (const account of accounts) {
      const r = await gql(
        server.url,
        StartThreadDocument,
        { draftId: d.id, anchor: null, body: `${account} 的意见` },
        await p.as(account),
      );
      got.push(r.errors ? (r.errors[0]?.extensions?.code === 'FORBIDDEN' ? '-' : r.errors[0]?.extensions?.code) : 'Y');
    }
    expect(got.join('')).toBe(WHO[stage]);
  });

  it('closes an older version for new threads once a newer one exists', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const v1 = await buildDraft(server, p);
    await buildDraft(server, p);
    const r = await gql(
      server.url,
      StartThreadDocument,
      { draftId: v1.id, anchor: null, body: '对旧版的意见' },
      await p.as('kexin'),
    );
    expect(r.errors?.[0]?.message).toContain('newer version');
  });
});

describe('replies and edits', () => {
  it('refuses a stale edit with CONFLICT and the current text, and accepts an edit of the current version', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const t = await buildThread(server, p, d, { author: 'kexin', quote: '省级应急物资储备库12个', body: '初稿意见' });
    const commentId = present(t.comments[0], 'the opening comment').id;
    const token = await p.as('kexin');
    const first = await ok(server.url, EditCommentDocument, { id: commentId, b: '第二稿意见', v: 1 }, token);
    expect(first.editComment.comment).toMatchObject({ body: '第二稿意见', version: 2 });
    const stale = await gql(server.url, EditCommentDocument, { id: commentId, b: '基于初稿的修改', v: 1 }, token);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: { body: '第二稿意见', version: 2 },
    });
    const thread = await ok(server.url, ThreadCommentVersionsDocument, { id: t.id }, token);
    expect(thread.thread?.comments).toEqual([{ body: '第二稿意见', version: 2 }]);
    const other = await gql(
      server.url,
      EditCommentDocument,
      { id: commentId, b: '别人的修改', v: 2 },
      await p.as('working'),
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('renders comment Markdown with nothing that can run', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const t = await buildThread(server, p, d, {
      author: 'kexin',
      quote: '台风、暴雨',
      body: '**注意**<script>alert(1)</script>[x](javascript:alert(1))',
    });
    const r = await ok(server.url, ThreadCommentHtmlDocument, { id: t.id }, await p.as('kexin'));
    const html = r.thread?.comments[0]?.bodyHtml;
    expect(html).toContain('<strong>注意</strong>');
    expect(html).not.toMatch(/<script|href="javascript:/);
  });

  it('notifies the people a comment mentions, in the inbox and live', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const t = await buildThread(server, p, d, { author: 'kexin', quote: '省级应急物资储备库12个' });
    const guicai = await p.as('guicai');
    const me = await ok(server.url, MeNameDocument, {}, await p.as('jiuyuan'));
    const client = wsClient(server.url, await p.as('jiuyuan'));
    const live = collect(client, NotificationEventsDocument, {
      after: await logPosition(server.url, guicai, p.programId),
    });
    await ok(server.url, ReplyWithBodyDocument, { id: t.id, b: `请 @${me.me?.name} 补充救援队伍数据` }, guicai);
    const [e] = await live.until(1);
    expect(e?.notificationEvents.notification).toMatchObject({ kind: 'mention', subjectId: t.id });
    await client.dispose();

    const jiuyuan = await p.as('jiuyuan');
    const inbox = await ok(server.url, UnreadNotificationsDocument, {}, jiuyuan);
    expect(inbox.notifications).toHaveLength(1);
    const read = await ok(
      server.url,
      MarkNotificationsReadDocument,
      { ids: inbox.notifications.map((n) => n.id) },
      jiuyuan,
    );
    expect(read.markNotificationsRead.unread).toBe(0);
    // The thread's author heard of the reply too; the one who replied did not notify themself
    // (the lead unit's member has only the new opinion's notice, issue 13).
    const author = await ok(server.url, NotificationsKindDocument, {}, await p.as('kexin'));
    expect(author.notifications.map((n) => n.kind)).toEqual(['reply']);
    const replier = await ok(server.url, NotificationsKindDocument, {}, guicai);
    expect(replier.notifications.map((n) => n.kind)).toEqual(['opinion']);
  });
});

describe('dispositions', () => {
  it('requires a reason to adopt partly or not at all, from the lead unit or the working group', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const t = await buildThread(server, p, d, { author: 'kexin', quote: '省级应急物资储备库12个' });
    const guicai = await p.as('guicai');
    for (const s of ['PARTLY_ADOPTED', 'NOT_ADOPTED'] as const) {
      const r = await gql(server.url, DisposeThreadDispositionDocument, { id: t.id, s, r: '  ' }, guicai);
      expect(r.errors?.[0]?.extensions, s).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    }
    const wrongUnit = await gql(
      server.url,
      DisposeThreadDispositionDocument,
      { id: t.id, s: 'ADOPTED', r: '' },
      await p.as('jiuyuan'),
    );
    expect(wrongUnit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const r = await ok(
      server.url,
      DisposeThreadDispositionDocument,
      { id: t.id, s: 'PARTLY_ADOPTED', r: '县级储备库建设纳入重大工程，品种目录另行制定。' },
      guicai,
    );
    expect(r.disposeThread.thread).toMatchObject({
      status: 'PARTLY_ADOPTED',
      disposition: { status: 'PARTLY_ADOPTED', reason: '县级储备库建设纳入重大工程，品种目录另行制定。' },
    });
  });

  it('refuses to decide a decided thread again until the working group reopens it', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const t = await buildThread(server, p, d, { author: 'kexin', quote: '台风、暴雨' });
    const guicai = await p.as('guicai');
    await ok(
      server.url,
      DisposeThreadDispositionDocument,
      { id: t.id, s: 'NOT_ADOPTED', r: '已在第三章统筹表述。' },
      guicai,
    );
    const again = await gql(
      server.url,
      DisposeThreadDispositionDocument,
      { id: t.id, s: 'ADOPTED', r: '' },
      await p.as('working'),
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { status: 'NOT_ADOPTED' } });
    const byUnit = await gql(server.url, DisposeThreadDispositionDocument, { id: t.id, s: 'OPEN', r: '' }, guicai);
    expect(byUnit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ok(server.url, DisposeThreadDispositionDocument, { id: t.id, s: 'OPEN', r: '' }, await p.as('working'));
    const decided = await ok(server.url, DisposeThreadDispositionDocument, { id: t.id, s: 'ADOPTED', r: '' }, guicai);
    expect(decided.disposeThread.thread.status).toBe('ADOPTED');
  });

  it('lets the author, and only the author, withdraw an opinion', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const t = await buildThread(server, p, d, { author: 'kexin', quote: '台风、暴雨' });
    const other = await gql(
      server.url,
      DisposeThreadDispositionDocument,
      { id: t.id, s: 'WITHDRAWN', r: '' },
      await p.as('working'),
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const r = await ok(
      server.url,
      DisposeThreadDispositionDocument,
      { id: t.id, s: 'WITHDRAWN', r: '与科信处意见重复' },
      await p.as('kexin'),
    );
    expect(r.disposeThread.thread.status).toBe('WITHDRAWN');
  });
});

describe('search', () => {
  it('finds every passage containing a two-character Chinese query', async () => {
    const p = await buildProgramme(server);
    const d = await buildDraft(server, p);
    await buildThread(server, p, d, { author: 'kexin', quote: '台风、暴雨', body: '建议增加防汛物资前置储备的内容。' });
    const r = await ok(server.url, SearchDocument, { id: p.programId, q: '物资' }, await p.as('observer'));
    const blocks = r.search.filter((h) => h.kind === 'DRAFT_BLOCK');
    expect(blocks).toHaveLength(d.blocks.filter((b) => b.text.includes('物资')).length);
    expect(blocks.every((h) => h.snippet.includes('物资') && h.draftId === d.id)).toBe(true);
    // The opinion's own words: a thread's first comment is found as the opinion (THREAD).
    expect(r.search.filter((h) => h.kind === 'THREAD')).toHaveLength(1);
    expect(r.search.some((h) => h.kind === 'TOPIC' && h.title.includes('物资'))).toBe(true);
    const one = await gql(server.url, SearchIdsDocument, { id: p.programId }, await p.as('observer'));
    expect(one.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('threadEvents', () => {
  it('resumes from a cursor with exactly the events missed, then goes live', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const token = await p.as('observer');
    const c1 = wsClient(server.url, token);
    const s1 = collect(c1, ThreadEventsDocument, {
      id: d.id,
      after: await logPosition(server.url, token, p.programId),
    });
    const t = await buildThread(server, p, d, { author: 'kexin', quote: '台风、暴雨', body: '第一条' });
    const [first] = await s1.until(1);
    expect(first?.threadEvents).toMatchObject({ kind: 'STARTED', thread: { id: t.id }, comment: { body: '第一条' } });
    await c1.dispose();

    await ok(server.url, ReplyWithBodyDocument, { id: t.id, b: '回复一' }, await p.as('guicai'));
    await ok(server.url, DisposeThreadDispositionDocument, { id: t.id, s: 'ADOPTED', r: '' }, await p.as('guicai'));
    const c2 = wsClient(server.url, token);
    const s2 = collect(c2, ThreadEventsDocument, { id: d.id, after: first?.threadEvents.cursor });
    const got = await s2.until(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(s2.received.map((e) => e.threadEvents.kind)).toEqual(['REPLIED', 'DISPOSED']);
    expect(got[0]?.threadEvents.comment?.body).toBe('回复一');
    await c2.dispose();
  });
});

describe('batching', () => {
  it('reads a page of threads with their comments, authors and units in a fixed number of SQL statements', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const token = await p.as('working');
    const counter = queryCounter(server.app.services.ds);
    // The least of three reads: a background chore (presence renewal) may land inside one. Each
    // follows a new opinion, so it is read, not answered from the response cache.
    const statementsFor = async () => {
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        await ok(server.url, StartThreadDocument, { draftId: d.id, anchor: null, body: `再读前的意见${i}` }, token);
        const before = counter.count;
        await ok(server.url, DraftThreadsAuthorsDocument, { id: d.id }, token);
        counts.push(counter.count - before);
      }
      return Math.min(...counts);
    };
    const accounts = ['kexin', 'jiuyuan', 'expert', 'leader'];
    for (const a of accounts)
      await ok(server.url, StartThreadDocument, { draftId: d.id, anchor: null, body: `${a} 的意见` }, await p.as(a));
    const few = await statementsFor();
    expect(few).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) {
      for (const a of accounts)
        await ok(
          server.url,
          StartThreadDocument,
          { draftId: d.id, anchor: null, body: `${a} 的第${i}条意见` },
          await p.as(a),
        );
    }
    expect(await statementsFor()).toBe(few);
  });
});

describe('paging', () => {
  it('pages through a draft’s threads with first/after, each once, in order', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const token = await p.as('kexin');
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      made.push(
        (await ok(server.url, StartThreadDocument, { draftId: d.id, anchor: null, body: `第${i}条` }, token))
          .startThread.thread.id,
      );
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const r: DraftThreadsPageQuery = await ok(server.url, DraftThreadsPageDocument, { id: d.id, after }, token);
      const threads = present(r.draft, 'the draft').threads;
      expect(threads.totalCount).toBe(7);
      seen.push(...threads.edges.map((e) => e.node.id));
      if (!threads.pageInfo.hasNextPage) break;
      after = threads.pageInfo.endCursor;
    }
    expect(seen).toEqual(made);
    const bad = await gql(server.url, DraftThreadsPageDocument, { id: d.id, after: 'not-a-cursor' }, token);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
