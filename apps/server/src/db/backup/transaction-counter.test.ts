import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '#test/support/db.js';
import { withClient } from './backup-test-helpers.js';
import { advanceTransactionCounter } from './transaction-counter.js';

const currentXid = (url: string) =>
  withClient(url, async (c) => BigInt((await c.query('SELECT pg_current_xact_id()::text AS x')).rows[0].x));

describe('the transaction counter before a restore', () => {
  it('is moved past the highest transaction id of the backup when this cluster is behind', async () => {
    const db = await createTestDatabase();
    try {
      const highest = (await currentXid(db.url)) + 25_000n;
      const lines: string[] = [];
      const started = performance.now();
      const used = await advanceTransactionCounter(db.url, highest, (l) => lines.push(l));
      const seconds = (performance.now() - started) / 1000;
      console.log(`used ${used} transaction ids in ${seconds.toFixed(2)} s`);
      expect(await currentXid(db.url)).toBeGreaterThan(highest);
      expect(lines.join('\n')).toContain('transaction counter');
    } finally {
      await db.drop();
    }
  });

  it('is left alone when it is already ahead', async () => {
    const db = await createTestDatabase();
    try {
      const highest = (await currentXid(db.url)) - 10n;
      expect(await advanceTransactionCounter(db.url, highest, () => {})).toBe(0n);
    } finally {
      await db.drop();
    }
  });
});
