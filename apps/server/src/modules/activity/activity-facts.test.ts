import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, present } from '#test/support/client.js';
import { anchorOn, planLedBy, publish } from '#test/support/drafts.js';
import {
  MeNameDocument,
  NotificationFactsDocument,
  PartlyAdoptDocument,
  PlanTitleDocument,
  RecentActivityFactsDocument,
  ReplyDataVerifiedDocument,
  StartThreadDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

type Fact = { name: string; value: string };
const asObject = (facts: Fact[]) => Object.fromEntries(facts.map((f) => [f.name, f.value]));

describe('activity and notification facts', () => {
  it('gives each entry of the feed and each notice the raw values its sentence needs, never a sentence', async () => {
    const p = await buildProgramme(server);
    const guicai = await p.as('guicai');
    const working = await p.as('working');
    const planId = await planLedBy(server, p, '规财处');
    const draft = await publish(server, guicai, planId);
    const guicaiName = present((await ok(server.url, MeNameDocument, {}, guicai)).me, 'guicai').name;
    const workingName = present((await ok(server.url, MeNameDocument, {}, working)).me, 'working').name;
    const plan = (await ok(server.url, PlanTitleDocument, { id: planId }, guicai)).node;
    const planTitle = plan && 'title' in plan ? plan.title : undefined;
    const started = await ok(
      server.url,
      StartThreadDocument,
      { draftId: draft.id, anchor: anchorOn(draft, '台风、暴雨'), body: `请 @${guicaiName} 核实风险研判` },
      working,
    );
    const threadId = started.startThread.thread.id;
    await ok(server.url, ReplyDataVerifiedDocument, { id: threadId }, guicai);
    await ok(server.url, PartlyAdoptDocument, { id: threadId }, guicai);

    const feed = await ok(server.url, RecentActivityFactsDocument, {}, working);
    const byKind = new Map<string, Record<string, string>>();
    for (const a of feed.programs[0]?.dashboard.recentActivity ?? [])
      if (!byKind.has(a.kind)) byKind.set(a.kind, asObject(a.facts));
    expect(byKind.get('draft.created')).toEqual({
      actor: guicaiName,
      plan: planTitle,
      stage: 'CONSULTATION',
      version: '1',
    });
    expect(byKind.get('thread.started')).toEqual({ actor: workingName, plan: planTitle, quote: '台风、暴雨' });
    expect(byKind.get('thread.replied')).toEqual({ actor: guicaiName, excerpt: '已核实，补充数据' });
    expect(byKind.get('thread.disposed')).toEqual({
      actor: guicaiName,
      status: 'PARTLY_ADOPTED',
      reason: '部分数据已补充',
    });

    const inbox = async (token: string) =>
      (await ok(server.url, NotificationFactsDocument, {}, token)).notifications.map((n) => [
        n.kind,
        asObject(n.facts),
      ]);
    expect(await inbox(guicai)).toEqual([
      ['mention', { actor: workingName, plan: planTitle, excerpt: `请 @${guicaiName} 核实风险研判` }],
    ]);
    expect(await inbox(working)).toEqual([
      ['disposition', { actor: guicaiName, plan: planTitle, status: 'PARTLY_ADOPTED' }],
      ['reply', { actor: guicaiName, plan: planTitle, excerpt: '已核实，补充数据' }],
    ]);
  }, 60_000);
});
