import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, login, logPosition, ok, present, wsClient } from '#test/support/client.js';
import { createTestDatabase } from '#test/support/db.js';
import {
  ProgramActivitySummariesDocument,
  ProgrammeMilestonesDocument,
  SetMilestoneStatusDocument,
} from '#test/support/generated/graphql.js';
import { type ServerProcess, spawnServer } from '#test/support/process.js';

const running: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
});

async function start(env: Record<string, string>) {
  const s = await spawnServer(env);
  running.push(s);
  return s;
}

describe('two server processes on one database', () => {
  it('seed once, and a write through A reaches a subscriber on B', async () => {
    const db = await createTestDatabase();
    try {
      const [a, b] = await Promise.all([
        start({ DATABASE_URL: db.url, GONGBIAN_DEMO: '1' }),
        start({ DATABASE_URL: db.url, GONGBIAN_DEMO: '1' }),
      ]);
      const tokenA = await login(a.url, 'working@gongbian.test', 'gongbian');
      const tokenB = await login(b.url, 'leader@gongbian.test', 'gongbian');
      const data = await ok(a.url, ProgrammeMilestonesDocument, {}, tokenA);
      expect(data.programs).toHaveLength(1);
      const programme = present(data.programs[0], 'the demo programme');
      const programId = programme.id;
      const milestone = present(programme.phases[3]?.milestones[0], 'a milestone in the fourth phase').id;

      const client = wsClient(b.url, tokenB);
      const sub = collect(client, ProgramActivitySummariesDocument, {
        id: programId,
        after: await logPosition(b.url, tokenB, programId),
      });
      await ok(a.url, SetMilestoneStatusDocument, { id: milestone, s: 'IN_PROGRESS' }, tokenA);
      // B's log position may trail the demo's seed by a moment; wait for this write's event.
      for (let waited = 0; !sub.received.some((e) => e.programEvents.activity.subjectId === milestone); waited += 50) {
        if (waited > 10_000) throw new Error(`no event for the milestone; got ${JSON.stringify(sub.received)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(sub.errors).toEqual([]);
      await client.dispose();
      const codes = [await a.stop(), await b.stop()];
      expect(codes, a.output() + b.output()).toEqual([0, 0]);
    } finally {
      await db.drop();
    }
  });
});

describe('the embedded database', () => {
  it('keeps its data across a clean stop and a second start', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-data-'));
    await fs.chmod(dataDir, 0o755);
    try {
      const first = await start({ GONGBIAN_DATA_DIR: dataDir });
      expect(first.output()).toContain('working@gongbian.test');
      const token = await login(first.url, 'working@gongbian.test', 'gongbian');
      const data = await ok(first.url, ProgrammeMilestonesDocument, {}, token);
      const milestone = present(data.programs[0]?.phases[3]?.milestones[0], 'a milestone in the fourth phase').id;
      await ok(first.url, SetMilestoneStatusDocument, { id: milestone, s: 'BLOCKED' }, token);
      expect(await first.stop()).toBe(0);

      const second = await start({ GONGBIAN_DATA_DIR: dataDir });
      expect(second.output()).not.toContain('Demo programme seeded');
      const again = await ok(
        second.url,
        ProgrammeMilestonesDocument,
        {},
        await login(second.url, 'working@gongbian.test', 'gongbian'),
      );
      expect(again.programs).toHaveLength(1);
      expect(again.programs[0]?.phases[3]?.milestones[0]).toEqual({ id: milestone, status: 'BLOCKED' });
      expect(await second.stop()).toBe(0);
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
