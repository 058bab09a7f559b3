import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '#test/support/db.js';
import { createDataSource } from '../db/data-source.js';
import { seedProgramme } from '../demo/programme.js';
import { house } from '../house.js';
import { appendEvent, Doorbell, EventTailer, type LoggedEvent } from './event-log.js';

// A database of its own, so the only 'gongbian-tailer' backends in it are this file's tailer's.
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let tailer: EventTailer;
let programId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = createDataSource(db.url, { poolSize: 2, entities: house.entities });
  await ds.initialize();
  programId = (await ds.transaction((m) => seedProgramme(m, 'gongbian', { structureOnly: true }))).programId;
  // Polling effectively off: an event arriving within seconds can only have come by NOTIFY.
  tailer = new EventTailer(db.url, 600_000);
  await tailer.start();
});
afterAll(async () => {
  await tailer?.stop();
  await ds?.destroy();
  await db?.drop();
});

/** The tailer's LISTEN connections in this database. */
async function listeners(): Promise<number[]> {
  const rows: { pid: number }[] = await ds.query(
    `SELECT pid FROM pg_stat_activity
     WHERE datname = current_database() AND application_name = 'gongbian-tailer' AND query LIKE 'LISTEN%'`,
  );
  return rows.map((r) => r.pid);
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  for (const deadline = Date.now() + ms; ; ) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('EventTailer reconnects', () => {
  it('keeps exactly one LISTEN connection through five lost connections, and still hears NOTIFY', async () => {
    await until('the first LISTEN', async () => ((await listeners()).length === 1 ? true : undefined));
    for (let i = 0; i < 5; i++) {
      const before = new Set(await listeners());
      // What a PostgreSQL restart does to the tailer: its backends are killed under it.
      await ds.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE application_name = 'gongbian-tailer' AND datname = current_database()`,
      );
      await until(`reconnect ${i + 1}`, async () =>
        (await listeners()).some((pid) => !before.has(pid)) ? true : undefined,
      );
    }
    // Past the first back-off step, so a second reconnect chain would have connected by now.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await listeners()).toHaveLength(1);

    const delivered = new Promise<LoggedEvent>((resolve) => {
      const off = tailer.on((e) => {
        if (e.subjectId !== 'after-restarts') return;
        off();
        resolve(e);
      });
    });
    await ds.transaction((m) =>
      appendEvent(m, {
        programId,
        stream: `program:${programId}`,
        kind: 'topic.updated',
        subjectId: 'after-restarts',
        actorId: null,
        payload: { from: 'PLANNED', to: 'IN_PROGRESS' },
        summary: 'after five restarts',
      }),
    );
    new Doorbell(ds, () => {}).ring();
    const started = Date.now();
    const e = await Promise.race([
      delivered,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no NOTIFY within 5 s')), 5000)),
    ]);
    expect(e.summary).toBe('after five restarts');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
