import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlError, gql, ok, present } from '#test/support/client.js';
import { DRAFT_V1, planLedBy, publish, type TestDraft } from '#test/support/drafts.js';
import {
  AssignReviewDueDec10Document,
  CreateDraftDocument,
  DispositionTableXlsxDocument,
  DraftViewerCanDocument,
  StartThreadDocument,
} from '#test/support/generated/graphql.js';
import { approveAll } from '#test/support/lifecycle.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const ROLES = ['admin', 'working', 'leader', 'guicai', 'kexin', 'jiuyuan', 'expert', 'observer'] as const;

const ask = async (p: Programme, account: string, id: string) =>
  present((await ok(server.url, DraftViewerCanDocument, { id }, await p.as(account))).draft, 'the draft').viewerCan;

const went = (r: { errors?: GqlError[] }) => {
  if (r.errors) expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  return !r.errors;
};

describe('Draft.viewerCan', () => {
  it('answers, for every role, exactly what startThread, createDraft, assignReview and dispositionTable then do', async () => {
    const p = await buildProgramme(server);
    const planId = await planLedBy(server, p, '规财处');
    let draft: TestDraft = await publish(server, await p.as('working'), planId);
    const table: Record<string, string> = {};
    for (const account of ROLES) {
      const token = await p.as(account);
      const can = await ask(p, account, draft.id);
      const started = went(
        await gql(server.url, StartThreadDocument, { draftId: draft.id, anchor: null, body: '意见' }, token),
      );
      expect(started, `${account} comment`).toBe(can.comment);
      const exported = went(await gql(server.url, DispositionTableXlsxDocument, { d: draft.id }, token));
      expect(exported, `${account} exportTable`).toBe(can.exportTable);
      const assigned = went(
        await gql(server.url, AssignReviewDueDec10Document, { d: draft.id, e: p.personIds.expert }, token),
      );
      expect(assigned, `${account} assignReview`).toBe(can.assignReview);
      const published = await gql(
        server.url,
        CreateDraftDocument,
        { planId, stage: 'CONSULTATION', content: DRAFT_V1, format: 'MARKDOWN', deadline: null },
        token,
      );
      expect(went(published), `${account} publishNextVersion`).toBe(can.publishNextVersion);
      // The version just superseded is closed to comments and reviews for everyone.
      if (!published.errors) {
        expect(await ask(p, 'working', draft.id)).toMatchObject({ comment: false, assignReview: false });
        draft = present(published.data, 'the published draft').createDraft.draft;
      } else if (assigned) {
        draft = await publish(server, await p.as('working'), planId);
      }
      table[account] = [can.comment, can.publishNextVersion, can.assignReview, can.exportTable]
        .map((y) => (y ? 'Y' : '-'))
        .join('');
    }
    // comment publish assign export, on the consultation draft of the plan 规财处 leads.
    expect(table).toEqual({
      admin: 'YYYY',
      working: 'YYYY',
      leader: 'Y--Y',
      guicai: 'YY-Y',
      kexin: 'Y---',
      jiuyuan: 'Y---',
      expert: 'Y---',
      observer: '----',
    });
  });

  it('closes commenting at the deadline and at a closed stage, as startThread does', async () => {
    const p = await buildProgramme(server);
    const planId = await planLedBy(server, p, '规财处');
    // A version is APPROVED only through its approvals (issue 12): the 送审稿, approved.
    const approved = await publish(server, await p.as('working'), planId, { stage: 'REVIEW' });
    await approveAll(server, p, { id: planId, kind: 'MASTER' }, approved.id);
    const can = await ask(p, 'kexin', approved.id);
    expect(can.comment).toBe(false);
    const r = await gql(
      server.url,
      StartThreadDocument,
      { draftId: approved.id, anchor: null, body: '意见' },
      await p.as('kexin'),
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ask(p, 'working', approved.id)).assignReview).toBe(false);

    const open = await planLedBy(server, p, '应急救援处');
    const d = await publish(server, await p.as('working'), open, { deadline: '2020-11-30T16:00:00Z' });
    expect((await ask(p, 'kexin', d.id)).comment).toBe(true);
    server.app.services.clock.set('2020-12-02');
    try {
      expect((await ask(p, 'kexin', d.id)).comment).toBe(false);
      const late = await gql(
        server.url,
        StartThreadDocument,
        { draftId: d.id, anchor: null, body: '迟到的意见' },
        await p.as('kexin'),
      );
      expect(late.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      server.app.services.clock.set('2020-11-16');
    }
  });
});
