import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '#test/support/db.js';
import { readConfig } from '../config.js';
import { RateLimits } from './rate-limit.js';

// Writes are counted in the shared store a share (a twentieth of the limit) at a time, so most
// cost no statement; the limit itself still holds, on one replica exactly and on several at most.

let db: { url: string; drop(): Promise<void> };
let sql: pg.Client;
const started: RateLimits[] = [];
beforeAll(async () => {
  db = await createTestDatabase();
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
});
afterAll(async () => {
  await Promise.all(started.map((l) => l.stop()));
  await sql.end();
  await db.drop();
});

const limits = (writesPerMinute: number) => {
  const l = new RateLimits(db.url, { ...readConfig({}), writesPerMinute });
  started.push(l);
  return l;
};
/** The shared count of a person's writes this minute, as every replica sees it. */
const counted = async (personId: string) =>
  Number((await sql.query('SELECT points FROM rate_limit WHERE key = $1', [`write:${personId}`])).rows[0]?.points ?? 0);
/** How many of `n` writes, one after another, are let through; the rest refused with RATE_LIMITED. */
async function allowed(l: RateLimits, personId: string, n: number): Promise<number> {
  let passed = 0;
  for (let i = 0; i < n; i++) {
    try {
      await l.write(personId);
      passed++;
    } catch (err) {
      expect((err as { extensions?: { code?: string } }).extensions?.code).toBe('RATE_LIMITED');
    }
  }
  return passed;
}

describe('the write limit, counted a share at a time', () => {
  it('takes a twentieth of the limit in one count, and then lets exactly the limit through', async () => {
    const l = limits(100);
    const person = crypto.randomUUID();
    await l.write(person);
    // One upsert took five points; the next four writes spend them without a statement.
    expect(await counted(person)).toBe(5);
    for (let i = 0; i < 4; i++) await l.write(person);
    expect(await counted(person)).toBe(5);
    expect(await allowed(l, person, 100)).toBe(95);
    // Someone else writes on.
    expect(await allowed(l, crypto.randomUUID(), 3)).toBe(3);
  });

  it('lets two replicas together through no more than the limit', async () => {
    const [a, b] = [limits(100), limits(100)];
    const person = crypto.randomUUID();
    let passed = 0;
    for (let i = 0; i < 120; i++) passed += await allowed(i % 2 ? a : b, person, 1);
    expect(passed).toBeLessThanOrEqual(100);
    // Points one replica holds unspent are not the other's: at most a share less, per replica.
    expect(passed).toBeGreaterThanOrEqual(100 - 2 * 4);
  });

  it('counts each write alone under a small limit', async () => {
    const l = limits(5);
    const person = crypto.randomUUID();
    expect(await allowed(l, person, 8)).toBe(5);
  });
});
