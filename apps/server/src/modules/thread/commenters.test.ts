import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present } from '#test/support/client.js';
import { planLedBy } from '#test/support/drafts.js';
import { buildDraft } from '#test/support/factories.js';
import {
  CommentersCoUnitsDocument,
  CommentersDraftCanDocument,
  CommentersNoticesDocument,
  CommentersPlanVersionDocument,
  StartThreadDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Who may comment besides the lead unit and the groups (issue 12): a plan's co-operating units,
// told of every new opinion on its drafts, and liaisons of other provincial departments, on the
// 征求意见稿 only.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const say = (draftId: string, body = '建议补充队伍建设的保障措施。') => ({ draftId, anchor: null, body });

async function coOperating(p: Programme, planId: string, units: string[]) {
  const node = await ok(server.url, CommentersPlanVersionDocument, { id: planId }, await p.as('working'));
  const v = present(node.node && 'version' in node.node ? node.node.version : null, 'the plan’s version');
  await ok(server.url, CommentersCoUnitsDocument, { planId, units, v }, await p.as('working'));
}

const notices = async (p: Programme, account: string) =>
  (await ok(server.url, CommentersNoticesDocument, {}, await p.as(account))).notifications;

describe('a plan’s co-operating units', () => {
  it('are told of every new opinion on its drafts, and comment on them at the stages unit members may', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    // 应急救援处 leads the rescue plan; 科信处 co-operates on it.
    const planId = await planLedBy(server, p, '应急救援处');
    await coOperating(p, planId, [p.unitIds.kexin]);
    const draft = await buildDraft(server, p, { plan: '应急救援处' });
    const opinion = await ok(server.url, StartThreadDocument, say(draft.id), await p.as('guicai'));
    const threadId = opinion.startThread.thread.id;

    expect((await notices(p, 'kexin')).filter((n) => n.kind === 'opinion')).toEqual([
      {
        kind: 'opinion',
        subjectId: threadId,
        summary: '吴佳琪 对《浙江省应急救援力量建设“十四五”规划》第 1 版全文提出意见：建议补充队伍建设的保障措施。',
      },
    ]);
    // The lead unit, which must answer, is told too (issue 13); not the author.
    expect((await notices(p, 'jiuyuan')).filter((n) => n.kind === 'opinion')).toHaveLength(1);
    expect((await notices(p, 'guicai')).filter((n) => n.kind === 'opinion')).toEqual([]);

    const own = await ok(
      server.url,
      StartThreadDocument,
      say(draft.id, '科信处意见：补充装备配置。'),
      await p.as('kexin'),
    );
    expect(own.startThread.thread.status).toBe('OPEN');
    expect((await notices(p, 'kexin')).filter((n) => n.kind === 'opinion')).toHaveLength(1);

    // The 送审稿 is for the groups and experts: co-operating gives no voice there.
    const review = await buildDraft(server, p, { plan: '应急救援处', stage: 'REVIEW' });
    const refused = await gql(server.url, StartThreadDocument, say(review.id), await p.as('kexin'));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'COMMENT_ROLE' });
  });

  it('are not told of opinions on plans they have no part in', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const draft = await buildDraft(server, p, { plan: '应急救援处' });
    await ok(server.url, StartThreadDocument, say(draft.id), await p.as('guicai'));
    expect((await notices(p, 'kexin')).filter((n) => n.kind === 'opinion')).toEqual([]);
  });
});

describe('liaisons of other provincial departments', () => {
  it('comment on the 征求意见稿 and on no other stage', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    // The observer becomes 省发改委's liaison before signing in (no mutation moves a person's unit).
    await server.app.services.ds.query(
      `UPDATE person SET unit_id = (SELECT id FROM unit WHERE program_id = $1 AND key = 'fagaiwei') WHERE id = $2`,
      [p.programId, p.personIds.observer],
    );
    const liaison = await p.as('observer');
    const consultation = await buildDraft(server, p);
    expect(
      (await ok(server.url, CommentersDraftCanDocument, { id: consultation.id }, liaison)).draft?.viewerCan,
    ).toEqual({ comment: true });
    const r = await ok(
      server.url,
      StartThreadDocument,
      say(consultation.id, '建议与省发改委重大项目库衔接。'),
      liaison,
    );
    expect(r.startThread.thread.assignedUnit.shortName).toBe('规财处');

    const review = await buildDraft(server, p, { stage: 'REVIEW' });
    const refused = await gql(server.url, StartThreadDocument, say(review.id), liaison);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'COMMENT_ROLE' });
  });

  it('need a unit of another department: an observer without one still only reads', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const consultation = await buildDraft(server, p);
    const refused = await gql(server.url, StartThreadDocument, say(consultation.id), await p.as('observer'));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'COMMENT_ROLE' });
  });
});
