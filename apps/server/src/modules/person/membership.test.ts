import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok } from '#test/support/client.js';
import { buildDraft, buildThread } from '#test/support/factories.js';
import {
  DisposeThreadIdDocument,
  DraftExportableDocument,
  MyMembershipsDocument,
  SetMembershipsDocument,
  StartThreadDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const set = async (p: Programme, person: string, memberships: unknown[], by = 'working') =>
  gql(server.url, SetMembershipsDocument, { id: person, memberships } as never, await p.as(by));

describe('memberships of the programme’s groups', () => {
  it('are set by the working group, read on the person, and replaced as a whole', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const r = await set(p, p.personIds.expert, [
      { group: 'EXPERT_TEAM', title: ' 成员 ', expertise: [' 应急管理 ', '应急管理', '', '防灾减灾'] },
      { group: 'LEADING_GROUP', title: '顾问' },
    ]);
    expect(r.errors).toBeUndefined();
    const mine = await ok(server.url, MyMembershipsDocument, {}, await p.as('expert'));
    expect(mine.me?.memberships).toEqual([
      { group: 'LEADING_GROUP', title: '顾问', expertise: [] },
      { group: 'EXPERT_TEAM', title: '成员', expertise: ['应急管理', '防灾减灾'] },
    ]);
    await set(p, p.personIds.expert, [], 'admin');
    expect((await ok(server.url, MyMembershipsDocument, {}, await p.as('expert'))).me?.memberships).toEqual([]);
  });

  it('refuses others, a group named twice and an empty title, changing nothing', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const one = [{ group: 'WORKING_GROUP', title: '成员' }];
    for (const account of ['leader', 'guicai', 'expert', 'observer']) {
      expect((await set(p, p.personIds.guicai, one, account)).errors?.[0]?.extensions, account).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'MEMBERSHIPS_ROLE',
      });
    }
    expect((await set(p, p.personIds.guicai, [...one, ...one])).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MEMBERSHIP_TWICE',
      facts: { group: 'WORKING_GROUP' },
    });
    expect(
      (await set(p, p.personIds.guicai, [{ group: 'WORKING_GROUP', title: '  ' }])).errors?.[0]?.extensions,
    ).toMatchObject({
      reason: 'MEMBERSHIP_TITLE_REQUIRED',
    });
    expect((await ok(server.url, MyMembershipsDocument, {}, await p.as('guicai'))).me?.memberships).toEqual([]);
  });

  it('let a unit member of the leading group do what leaders do, from their very next request', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    // The master plan's 送审稿: leaders comment on it, unit members do not.
    const draft = await buildDraft(server, p, { stage: 'REVIEW' });
    const guicai = await p.as('guicai');
    const comment = { draftId: draft.id, anchor: null, body: '建议进一步明确责任分工。' };
    const before = await gql(server.url, StartThreadDocument, comment, guicai);
    expect(before.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'COMMENT_ROLE' });
    expect(
      (await ok(server.url, DraftExportableDocument, { id: draft.id }, await p.as('kexin'))).draft?.viewerCan,
    ).toEqual({ exportTable: false, comment: false });
    await set(p, p.personIds.kexin, [{ group: 'LEADING_GROUP', title: '成员' }]);
    await set(p, p.personIds.guicai, [{ group: 'LEADING_GROUP', title: '副组长' }]);
    // The same session, used a moment ago: the change is seen at once.
    const after = await ok(server.url, StartThreadDocument, comment, guicai);
    expect(after.startThread.thread.status).toBe('OPEN');
    expect(
      (await ok(server.url, DraftExportableDocument, { id: draft.id }, await p.as('kexin'))).draft?.viewerCan,
    ).toEqual({ exportTable: true, comment: true });
  });

  it('let a member of the working group dispose of any unit’s opinions, as the working group does', async () => {
    const p = await buildProgramme(server, { only: 'plans' });
    const draft = await buildDraft(server, p);
    const thread = await buildThread(server, p, draft, { author: 'jiuyuan' });
    await set(p, p.personIds.expert, [{ group: 'WORKING_GROUP', title: '成员' }]);
    const before = await gql(
      server.url,
      DisposeThreadIdDocument,
      { id: thread.id, s: 'ADOPTED', r: '已采纳' },
      await p.as('kexin'),
    );
    expect(before.errors?.[0]?.extensions).toMatchObject({ reason: 'DISPOSE_ROLE' });
    await ok(server.url, DisposeThreadIdDocument, { id: thread.id, s: 'ADOPTED', r: '已采纳' }, await p.as('expert'));
  });
});
