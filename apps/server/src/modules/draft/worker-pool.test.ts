import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from './worker-pool.js';

const ECHO = new URL('./worker-pool.test-worker.mjs', import.meta.url);
const IDLE_MS = 20;

async function threadOf(pool: WorkerPool): Promise<number> {
  return (await pool.run<{ threadId: number }>({})).threadId;
}

describe('a worker pool', () => {
  it('stops a worker left idle, so the next job starts another', async () => {
    const pool = new WorkerPool(ECHO, { size: 1, memoryMb: 64, idleMs: IDLE_MS, keepWarm: 1 });
    const first = await threadOf(pool);
    await sleep(IDLE_MS * 25);
    expect(await threadOf(pool)).not.toBe(first);
  });

  it('once warmed, keeps one worker however long it idles, and lets a second one go', async () => {
    const pool = new WorkerPool(ECHO, { size: 2, memoryMb: 64, idleMs: IDLE_MS, keepWarm: 1 });
    pool.warm();
    // Two jobs at once: the kept worker and a second.
    const [a, b] = await Promise.all([threadOf(pool), threadOf(pool)]);
    expect(a).not.toBe(b);
    await sleep(IDLE_MS * 25);
    const [c, d] = await Promise.all([threadOf(pool), threadOf(pool)]);
    // One of the two came back; the other is new.
    expect([a, b].filter((t) => t === c || t === d)).toHaveLength(1);
  });

  it('runs its warm-up job on the worker it keeps before any real one', async () => {
    const pool = new WorkerPool(ECHO, { size: 1, memoryMb: 64, idleMs: IDLE_MS, keepWarm: 1, warmUp: {} });
    pool.warm();
    expect((await pool.run<{ jobs: number }>({})).jobs).toBe(2);
  });

  it('still runs jobs, each on a worker started for it, when its warm-up kills the worker', async () => {
    const pool = new WorkerPool(ECHO, { size: 1, memoryMb: 64, idleMs: IDLE_MS, keepWarm: 1, warmUp: { crash: true } });
    pool.warm();
    expect((await pool.run<{ jobs: number }>({})).jobs).toBe(1);
    expect((await pool.run<{ jobs: number }>({})).jobs).toBe(2);
  });
});
