import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, ok, present, wsClient } from '#test/support/client.js';
import { buildDraft, buildThread } from '#test/support/factories.js';
import {
  InviteColleagueDocument,
  ProbeThreadEventsExportableDocument,
  ReplyDocument,
  SetMembershipsDocument,
  SignUpExpertDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

// Subscriptions share one result among viewers of one visibility class (graphql/multiplex.ts).
// The policy reads a person's groups (memberships) as it reads their role: two people of one
// role and unit but different groups must not be answered as one.

let server: TestServer;
let p: Programme;
/** A second member of 科信处, kexin's unit, who is also of the working group. */
let colleague: string;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  p = await buildProgramme(server, { only: 'plans' });
  const invited = await ok(
    server.url,
    InviteColleagueDocument,
    { p: p.programId, e: `colleague@${p.emailDomain}`, unit: p.unitIds.kexin },
    await p.as('working'),
  );
  const t = present(invited.invitePerson.invitation.link.split('/invite/')[1], 'an invitation token');
  const joined = (await ok(server.url, SignUpExpertDocument, { t, name: '林知远' })).acceptInvitation;
  await ok(
    server.url,
    SetMembershipsDocument,
    { id: joined.person.id, memberships: [{ group: 'WORKING_GROUP', title: '成员' }] },
    await p.as('working'),
  );
  colleague = joined.token;
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server.stop();
});

describe('the visibility class', () => {
  it('tells apart viewers of one role and unit by their groups', async () => {
    // 规财处's master plan: its opinion table is for the working group and the lead unit, not for 科信处.
    const draft = await buildDraft(server, p);
    const thread = await buildThread(server, p, draft);
    const kexin = await p.as('kexin');
    await server.app.services.tailer.catchUp();
    const before = server.app.following();
    const [plain, member] = [kexin, colleague].map((token) => {
      const c = wsClient(server.url, token);
      clients.push(c);
      return collect(c, ProbeThreadEventsExportableDocument, { draftId: draft.id });
    });
    for (const end = Date.now() + 10_000; server.app.following() < before + 2; ) {
      if (Date.now() > end) throw new Error('the subscriptions were not filed');
      await new Promise((r) => setTimeout(r, 10));
    }
    await ok(server.url, ReplyDocument, { id: thread.id, b: '已研究。' }, await p.as('guicai'));
    const [a] = await present(plain, 'kexin’s subscription').until(1);
    const [b] = await present(member, 'the colleague’s subscription').until(1);
    expect(a).toMatchObject({
      threadEvents: { kind: 'REPLIED', thread: { draft: { viewerCan: { exportTable: false } } } },
    });
    expect(b).toMatchObject({
      threadEvents: { kind: 'REPLIED', thread: { draft: { viewerCan: { exportTable: true } } } },
    });
  });
});
