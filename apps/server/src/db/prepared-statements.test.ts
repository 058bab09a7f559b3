import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '#test/support/db.js';
import { PREPARE_AFTER, PREPARED_PER_CONNECTION, PreparingClient } from './prepared-statements.js';

let db: { url: string; drop(): Promise<void> };
beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
});
afterAll(() => db.drop());

/** One connection that prepares, and what PostgreSQL holds prepared on it. */
async function connection() {
  const pool = new pg.Pool({ connectionString: db.url, max: 1, Client: PreparingClient });
  const prepared = async () =>
    (await pool.query('SELECT statement FROM pg_prepared_statements')).rows.map((r) => r.statement as string);
  return { pool, prepared };
}

describe('PreparingClient', () => {
  it('prepares a statement sent again on the connection, and answers it the same', async () => {
    const { pool, prepared } = await connection();
    try {
      const text = 'SELECT $1::int + 1 AS n';
      const answers: number[] = [];
      for (let i = 0; i < PREPARE_AFTER + 3; i++) answers.push((await pool.query(text, [i])).rows[0].n);
      expect(answers).toEqual([1, 2, 3, 4, 5]);
      expect(await prepared()).toEqual([text]);
    } finally {
      await pool.end();
    }
  });

  it('leaves a statement sent once, and one without parameters, unprepared', async () => {
    const { pool, prepared } = await connection();
    try {
      await pool.query('SELECT $1::text AS once', ['a']);
      await pool.query('SELECT 1; SELECT 2'); // several statements: only the simple protocol runs them
      await pool.query('SELECT 1; SELECT 2');
      await pool.query('SELECT 1; SELECT 2');
      expect(await prepared()).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it(`keeps at most ${PREPARED_PER_CONNECTION} per connection, and runs the rest unnamed`, async () => {
    const { pool, prepared } = await connection();
    try {
      const texts = Array.from({ length: PREPARED_PER_CONNECTION + 20 }, (_, i) => `SELECT $1::int * ${i} AS n`);
      for (const round of [1, 2, 3]) {
        for (const [i, text] of texts.entries()) expect((await pool.query(text, [round])).rows[0].n).toBe(round * i);
      }
      expect((await prepared()).length).toBe(PREPARED_PER_CONNECTION);
    } finally {
      await pool.end();
    }
  });

  it('prepares a statement again once its result’s columns changed under it (a migration elsewhere)', async () => {
    const { pool } = await connection();
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query('CREATE TABLE widening (a int)');
      await other.query('INSERT INTO widening VALUES (1)');
      const text = 'SELECT * FROM widening WHERE a = $1';
      for (let i = 0; i < PREPARE_AFTER + 1; i++) expect((await pool.query(text, [1])).rows).toEqual([{ a: 1 }]);
      await other.query('ALTER TABLE widening ADD COLUMN b int DEFAULT 2');
      // PostgreSQL refuses the old plan once; the statement is then prepared afresh.
      await expect(pool.query(text, [1])).rejects.toThrow(/cached plan must not change result type/);
      expect((await pool.query(text, [1])).rows).toEqual([{ a: 1, b: 2 }]);
      expect((await pool.query(text, [1])).rows).toEqual([{ a: 1, b: 2 }]);
    } finally {
      await other.end();
      await pool.end();
    }
  });
});
