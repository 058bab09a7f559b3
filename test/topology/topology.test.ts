import { afterAll, describe, expect, it } from 'vitest';
import { stats } from '../load/support.js';
import { problems } from './problems.js';
import { summarize, Topology } from './scenario.js';

// The same drill as `pnpm test:topology`, small enough for every test run.
const topology = new Topology({
  subscribers: 9,
  directSubscribers: 3,
  balancedWriters: 1,
  loadMs: 8000,
  killAtMs: 3000,
  paceMs: 10,
  built: false,
  log: (line) => console.log(`[topology] ${line}`),
});
afterAll(() => topology.stop(), 60_000);

describe('the production layout: PostgreSQL 15, three replicas, nginx from infra/', () => {
  it('loses, misses and duplicates no acknowledged write when a replica is killed mid-load', async () => {
    const result = await topology.run();
    for (const line of summarize(result, stats)) console.log(`[topology] ${line}`);
    expect(problems(result)).toEqual([]);
    expect(result.acknowledged).toBeGreaterThan(0);
    expect(result.subscribersDropped).toBeGreaterThan(0);
  }, 120_000);
});
