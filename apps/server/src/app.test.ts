import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { login, ok, queryText } from '#test/support/client.js';
import { MeAndClockDocument, MeIdDocument, PlansWithDraftsDocument } from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: true });
});
afterAll(() => server.stop());

describe('the server on one port', () => {
  it('answers the probes', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers GraphQL over GET as well as POST', async () => {
    const token = await login(server.url, 'observer@gongbian.test', PASSWORD);
    const query = encodeURIComponent(queryText(MeAndClockDocument));
    const res = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(await res.json()).toEqual({
      data: { me: { role: 'OBSERVER' }, clock: { today: '2020-11-16', fixed: true } },
    });
  });

  it('seeds the demo accounts on an empty database', async () => {
    for (const name of ['admin', 'working', 'leader', 'guicai', 'kexin', 'jiuyuan', 'expert', 'observer']) {
      await expect(login(server.url, `${name}@gongbian.test`, PASSWORD)).resolves.toBeTruthy();
    }
  });

  it('seeds the master plan’s 征求意见稿 with opinions in every status, and its 送审稿 with moved and orphaned ones', async () => {
    const token = await login(server.url, 'working@gongbian.test', PASSWORD);
    const r = await ok(server.url, PlansWithDraftsDocument, {}, token);
    const master = r.programs[0]?.plans.find((p) => p.kind === 'MASTER');
    expect(master?.stage).toBe('REVIEW');
    const [v1, v2] = master?.drafts ?? [];
    assert(v1 && v2, 'the master plan has two drafts');
    expect(v1).toMatchObject({ version: 1, stage: 'CONSULTATION' });
    expect(v1.blocks.length).toBeGreaterThanOrEqual(30);
    const all = v1.stats.total + v2.stats.total;
    expect(all).toBeGreaterThanOrEqual(18);
    expect(
      [v1.stats.adopted, v1.stats.partlyAdopted, v1.stats.notAdopted, v1.stats.withdrawn].every((n) => n > 0),
    ).toBe(true);
    expect(v2).toMatchObject({ version: 2, stage: 'REVIEW' });
    const states = v2.threads.edges.map((e) => e.node.anchorState);
    expect(states).toContain('MOVED');
    expect(states).toContain('ORPHANED');
    expect(v2.threads.edges.every((e) => e.node.status === 'OPEN')).toBe(true);
  });

  it('refuses a cross-site form POST (CSRF)', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: queryText(MeIdDocument) }),
    });
    expect(res.status).toBe(400);
  });

  it('serves the web app, and its index for any client-side route', async () => {
    const root = await fetch(`${server.url}/`);
    const deep = await fetch(`${server.url}/plans/some-plan`);
    expect(root.status).toBe(200);
    expect(deep.status).toBe(200);
    const html = await deep.text();
    expect(html).toContain('<div id="app">');
    expect(html).toBe(await root.text());
  });
});
