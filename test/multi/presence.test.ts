import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, login, ok, present, wsClient } from '#test/support/client.js';
import { createTestDatabase } from '#test/support/db.js';
import {
  CreateSmallDraftDocument,
  PlanLeadsDocument,
  PresenceDocument,
  type PresenceSubscription,
} from '#test/support/generated/graphql.js';
import { type ServerProcess, spawnServer } from '#test/support/process.js';

const running: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
});

async function until<T>(label: string, check: () => T | undefined, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('presence across server processes', () => {
  it('shows who arrives on and leaves another process, and forgets a process that died', async () => {
    const db = await createTestDatabase();
    try {
      const env = { DATABASE_URL: db.url, GONGBIAN_DEMO: '1', GONGBIAN_PRESENCE_TTL_SECONDS: '2' };
      const a = await spawnServer(env);
      running.push(a);
      const b = await spawnServer(env);
      running.push(b);
      const working = await login(a.url, 'working@gongbian.test', 'gongbian');
      const plans = await ok(a.url, PlanLeadsDocument, {}, working);
      const planId = present(
        plans.programs[0]?.plans.find((p) => p.leadUnit.shortName === '科信处'),
        'a plan 科信处 leads',
      ).id;
      const created = await ok(a.url, CreateSmallDraftDocument, { p: planId }, working);
      const draftId = created.createDraft.draft.id;
      const names = (p: PresenceSubscription | undefined) => p?.presence.viewers.map((v) => v.name).sort() ?? [];
      const logged = async () => {
        const c = new pg.Client({ connectionString: db.url });
        await c.connect();
        const [{ n }] = (await c.query('SELECT count(*)::int AS n FROM event')).rows;
        await c.end();
        return n as number;
      };
      const eventsBefore = await logged();

      const onA = wsClient(a.url, await login(a.url, 'leader@gongbian.test', 'gongbian'));
      const watcher = collect(onA, PresenceDocument, { id: draftId });
      const [alone] = await watcher.until(1);
      expect(names(alone)).toHaveLength(1);
      const leaderName = names(alone)[0];

      const onB = wsClient(b.url, await login(b.url, 'expert@gongbian.test', 'gongbian'));
      const expert = collect(onB, PresenceDocument, { id: draftId });
      await until('the expert to arrive', () => (names(watcher.received.at(-1)).length === 2 ? true : undefined), 5000);

      expert.dispose();
      await until('the expert to leave', () => (names(watcher.received.at(-1)).length === 1 ? true : undefined), 5000);
      expect(names(watcher.received.at(-1))).toEqual([leaderName]);

      // B comes back, then its process dies without a word: its viewer expires.
      collect(onB, PresenceDocument, { id: draftId });
      await until(
        'the expert to come back',
        () => (names(watcher.received.at(-1)).length === 2 ? true : undefined),
        5000,
      );
      b.child.kill('SIGKILL');
      await until(
        'the dead process to expire',
        () => (names(watcher.received.at(-1)).length === 1 ? true : undefined),
        10_000,
      );
      expect(names(watcher.received.at(-1))).toEqual([leaderName]);
      // Arrivals, departures and the expiry travelled by NOTIFY: the log holds history, not who looks.
      expect(await logged()).toBe(eventsBefore);
      await onA.dispose();
      await Promise.resolve(onB.dispose()).catch(() => {});
    } finally {
      await Promise.all(running.splice(0).map((s) => s.stop()));
      await db.drop();
    }
  });
});
