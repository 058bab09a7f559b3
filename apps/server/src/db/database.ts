import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { createDataSource } from './data-source.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded.js';

// DATE columns stay 'YYYY-MM-DD' strings: as JS Dates they would shift with the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export interface Database {
  url: string;
  ds: DataSource;
  embedded: EmbeddedDatabase | null;
}

/** Serialises start-up work (migrations, seeding) across processes sharing one database. */
export async function withStartupLock<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(7411)');
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock(7411)').catch(() => {});
    await runner.release();
  }
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL; then applies the migrations. */
export async function openDatabase(config: Config): Promise<Database> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  const ds = createDataSource(url);
  try {
    await ds.initialize();
    await withStartupLock(ds, () => ds.runMigrations({ transaction: 'all' }));
  } catch (err) {
    await ds.destroy().catch(() => {});
    await embedded?.stop();
    throw err;
  }
  return { url, ds, embedded };
}
