import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present } from '#test/support/client.js';
import type { TestDraft } from '#test/support/drafts.js';
import { buildDraft, buildThread } from '#test/support/factories.js';
import {
  DisposeWithReasonDocument,
  DraftThreadsViewerCanDocument,
  EditCommentFixedDocument,
  ReplyBriefDocument,
  ThreadCommentsViewerCanDocument,
  ThreadViewerCanDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { queryCounter } from '../../db/query-counter.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const ROLES = ['admin', 'working', 'leader', 'guicai', 'kexin', 'jiuyuan', 'expert', 'observer'] as const;
const ACTIONS = ['reply', 'edit', 'dispose', 'reopen', 'withdraw'] as const;
type ThreadAction = (typeof ACTIONS)[number];

/** A fresh opinion of 科信处 on the draft, decided first (by the working group) when `decided`. */
async function opinion(p: Programme, d: TestDraft, decided = false): Promise<string> {
  const { id } = await buildThread(server, p, d);
  if (decided) await ok(server.url, DisposeWithReasonDocument, { id, s: 'ADOPTED' }, await p.as('working'));
  return id;
}

/** Tries the write that `action` stands for; whether it went through. */
async function attempt(p: Programme, account: string, action: ThreadAction, threadId: string): Promise<boolean> {
  const token = await p.as(account);
  const t = (await ok(server.url, ThreadViewerCanDocument, { id: threadId }, await p.as('working'))).thread;
  const opening = present(t?.comments[0], 'the opening comment');
  const r =
    action === 'reply'
      ? await gql(server.url, ReplyBriefDocument, { id: threadId }, token)
      : action === 'edit'
        ? await gql(server.url, EditCommentFixedDocument, { id: opening.id, v: opening.version }, token)
        : await gql(
            server.url,
            DisposeWithReasonDocument,
            { id: threadId, s: ({ dispose: 'ADOPTED', reopen: 'OPEN', withdraw: 'WITHDRAWN' } as const)[action] },
            token,
          );
  if (r.errors) expect(['FORBIDDEN', 'CONFLICT']).toContain(r.errors[0]?.extensions?.code);
  return !r.errors;
}

describe('Thread.viewerCan', () => {
  it('answers, for every role and action, exactly what the mutation then does', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const table: Record<string, string> = {};
    for (const account of ROLES) {
      let row = '';
      for (const action of ACTIONS) {
        // Reopening is asked of a decided opinion, everything else of an open one.
        const id = await opinion(p, d, action === 'reopen');
        const said = (await ok(server.url, ThreadViewerCanDocument, { id }, await p.as(account))).thread?.viewerCan[
          action
        ];
        expect(await attempt(p, account, action, id), `${account} ${action}`).toBe(said);
        row += said ? 'Y' : '-';
      }
      table[account] = row;
    }
    // reply edit dispose reopen withdraw, on an opinion of 科信处 on 规财处's consultation draft.
    expect(table).toEqual({
      admin: 'Y-YY-',
      working: 'Y-YY-',
      leader: 'Y----',
      guicai: 'Y-Y--',
      kexin: 'YY--Y',
      jiuyuan: 'Y----',
      expert: 'Y----',
      observer: '-----',
    });
  });

  it('offers nothing but reopening once an opinion is decided, and that to the working group only', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const id = await opinion(p, await buildDraft(server, p), true);
    for (const account of ['working', 'guicai', 'kexin']) {
      const can = (await ok(server.url, ThreadViewerCanDocument, { id }, await p.as(account))).thread?.viewerCan;
      expect({ account, dispose: can?.dispose, withdraw: can?.withdraw, reopen: can?.reopen }).toEqual({
        account,
        dispose: false,
        withdraw: false,
        reopen: account === 'working',
      });
      expect(await attempt(p, account, 'withdraw', id)).toBe(false);
      expect(await attempt(p, account, 'dispose', id)).toBe(false);
    }
  });

  it('answers for a page of threads in a fixed number of SQL statements', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const token = await p.as('guicai');
    const counter = queryCounter(server.app.services.ds);
    // The least of three reads: a background chore (presence renewal) may land inside one.
    const statementsFor = async () => {
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const before = counter.count;
        await ok(server.url, DraftThreadsViewerCanDocument, { id: d.id }, token);
        counts.push(counter.count - before);
      }
      return Math.min(...counts);
    };
    for (let i = 0; i < 3; i++) await opinion(p, d);
    const few = await statementsFor();
    for (let i = 0; i < 30; i++) await opinion(p, d, i % 3 === 0);
    const many = await statementsFor();
    console.log(`viewerCan on 3 threads: ${few} statements; on 33 threads: ${many}`);
    expect(many).toBe(few);
  });
});

describe('Comment.viewerCan', () => {
  it('lets the author, and nobody else, edit a reply: as the reply itself says, and as editComment then does', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const d = await buildDraft(server, p);
    const threadId = await opinion(p, d);
    const r = await ok(server.url, ReplyBriefDocument, { id: threadId }, await p.as('guicai'));
    const replyId = r.reply.comment.id;
    for (const account of ['guicai', 'working', 'kexin'] as const) {
      const comments = (await ok(server.url, ThreadCommentsViewerCanDocument, { id: threadId }, await p.as(account)))
        .thread?.comments;
      const reply = present(
        comments?.find((c) => c.id === replyId),
        'the reply',
      );
      const said = reply.viewerCan.edit;
      expect(said, account).toBe(account === 'guicai');
      const tried = await gql(
        server.url,
        EditCommentFixedDocument,
        { id: replyId, v: reply.version },
        await p.as(account),
      );
      expect(!tried.errors, `${account} edits the reply`).toBe(said);
    }
  });
});
