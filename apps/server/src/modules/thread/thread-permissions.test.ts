import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok } from '#test/support/client.js';
import { planLedBy, publish, START, type TestDraft } from '#test/support/drafts.js';
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

const ASK = `query($id: ID!) { thread(id: $id) { status comments { id version }
  viewerCan { reply edit dispose reopen withdraw } } }`;
const REPLY = 'mutation($id: ID!) { reply(input: { threadId: $id, body: "回复" }) { comment { id } } }';
const EDIT = `mutation($id: ID!, $v: Int!) { editComment(input: { commentId: $id, body: "改过的意见", expectedVersion: $v }) {
  comment { id } } }`;
const DISPOSE = `mutation($id: ID!, $s: ThreadStatus!) { disposeThread(input: { threadId: $id, status: $s, reason: "理由" }) {
  thread { id } } }`;

async function consultation(p: Programme): Promise<TestDraft> {
  return publish(server, await p.as('working'), await planLedBy(server, p, '规财处'));
}

/** A fresh opinion of 科信处 on the draft, decided first (by the working group) when `decided`. */
async function opinion(p: Programme, d: TestDraft, decided = false): Promise<string> {
  const r = await ok(
    server.url,
    START,
    { draftId: d.id, anchor: null, body: '建议补充具体措施。' },
    await p.as('kexin'),
  );
  const id: string = r.startThread.thread.id;
  if (decided) await ok(server.url, DISPOSE, { id, s: 'ADOPTED' }, await p.as('working'));
  return id;
}

/** Tries the write that `action` stands for; whether it went through. */
async function attempt(p: Programme, account: string, action: ThreadAction, threadId: string): Promise<boolean> {
  const token = await p.as(account);
  const t = (await ok(server.url, ASK, { id: threadId }, await p.as('working'))).thread;
  const opening = t.comments[0];
  const r =
    action === 'reply'
      ? await gql(server.url, REPLY, { id: threadId }, token)
      : action === 'edit'
        ? await gql(server.url, EDIT, { id: opening.id, v: opening.version }, token)
        : await gql(
            server.url,
            DISPOSE,
            { id: threadId, s: { dispose: 'ADOPTED', reopen: 'OPEN', withdraw: 'WITHDRAWN' }[action] },
            token,
          );
  if (r.errors) expect(['FORBIDDEN', 'CONFLICT']).toContain(r.errors[0]?.extensions?.code);
  return !r.errors;
}

describe('Thread.viewerCan', () => {
  it('answers, for every role and action, exactly what the mutation then does', async () => {
    const p = await buildProgramme(server);
    const d = await consultation(p);
    const table: Record<string, string> = {};
    for (const account of ROLES) {
      let row = '';
      for (const action of ACTIONS) {
        // Reopening is asked of a decided opinion, everything else of an open one.
        const id = await opinion(p, d, action === 'reopen');
        const said = (await ok(server.url, ASK, { id }, await p.as(account))).thread.viewerCan[action] as boolean;
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
    const p = await buildProgramme(server);
    const id = await opinion(p, await consultation(p), true);
    for (const account of ['working', 'guicai', 'kexin']) {
      const can = (await ok(server.url, ASK, { id }, await p.as(account))).thread.viewerCan;
      expect({ account, dispose: can.dispose, withdraw: can.withdraw, reopen: can.reopen }).toEqual({
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
    const p = await buildProgramme(server);
    const d = await consultation(p);
    const PAGE = `query($id: ID!) { draft(id: $id) { threads(first: 100) { edges { node { id
      viewerCan { reply edit dispose reopen withdraw } } } } } }`;
    const token = await p.as('guicai');
    const counter = queryCounter(server.app.services.ds);
    // The least of three reads: a background chore (presence renewal) may land inside one.
    const statementsFor = async () => {
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const before = counter.count;
        await ok(server.url, PAGE, { id: d.id }, token);
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
    const p = await buildProgramme(server);
    const d = await consultation(p);
    const threadId = await opinion(p, d);
    const r = await ok(server.url, REPLY, { id: threadId }, await p.as('guicai'));
    const replyId: string = r.reply.comment.id;
    const ASK_REPLY = `query($id: ID!) { thread(id: $id) { comments { id version viewerCan { edit } } } }`;
    for (const account of ['guicai', 'working', 'kexin'] as const) {
      const comments = (await ok(server.url, ASK_REPLY, { id: threadId }, await p.as(account))).thread.comments;
      const reply = comments.find((c: { id: string }) => c.id === replyId);
      const said: boolean = reply.viewerCan.edit;
      expect(said, account).toBe(account === 'guicai');
      const tried = await gql(server.url, EDIT, { id: replyId, v: reply.version }, await p.as(account));
      expect(!tried.errors, `${account} edits the reply`).toBe(said);
    }
  });
});
