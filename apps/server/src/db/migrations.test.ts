import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '#test/support/db.js';
import { house } from '../house.js';
import { createDataSource } from './data-source.js';
import { migrations } from './migrations/index.js';

let db: { url: string; drop(): Promise<void> };
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe('the migrations', () => {
  it('leave nothing for TypeORM to change: the schema is exactly what the entities describe', async () => {
    const ds = createDataSource(db.url, { poolSize: 1, entities: house.entities });
    await ds.initialize();
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('can be undone one by one and applied again', async () => {
    const ds = createDataSource(db.url, { poolSize: 1 });
    await ds.initialize();
    try {
      for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration({ transaction: 'all' });
      const [{ n }] = await ds.query(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata')",
      );
      expect(n).toBe(0);
      await ds.runMigrations({ transaction: 'all' });
      expect(await ds.showMigrations()).toBe(false);
    } finally {
      await ds.destroy();
    }
  });
});
