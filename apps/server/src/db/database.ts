import pg from 'pg';
import { type DataSource, MigrationExecutor, type QueryRunner } from 'typeorm';
import type { Config } from '../config.js';
import { createDataSource } from './data-source.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded.js';
import { assertPostgresVersion } from './postgres-version.js';

// DATE columns stay 'YYYY-MM-DD' strings: as JS Dates they would shift with the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export interface Database {
  url: string;
  ds: DataSource;
  embedded: EmbeddedDatabase | null;
}

/**
 * Serialises start-up work (migrations, seeding) across processes sharing one database. The
 * session holding the lock has no statement_timeout: waiting for another process's start-up, or
 * a migration given `runner`, may take longer than any request should.
 */
export async function withStartupLock<T>(ds: DataSource, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock(7411)');
    return await work(runner);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(7411)').catch(() => {});
    await runner.query('RESET statement_timeout').catch(() => {});
    await runner.release();
  }
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL; checks the server is new enough
 * (see MIN_POSTGRES_VERSION_NUM); then applies the migrations.
 */
/** The database of `config` (started, if embedded), mapping `entities` (house.ts). */
// biome-ignore lint/complexity/noBannedTypes: TypeORM takes entity classes as Function.
export async function openDatabase(config: Config, entities: readonly Function[]): Promise<Database> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  const ds = createDataSource(url, {
    entities,
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    slowQueryMs: config.slowQueryMs,
  });
  try {
    await ds.initialize();
    await assertPostgresVersion(ds);
    // On the lock's own session, so the migrations run without the pool's statement_timeout.
    await withStartupLock(ds, (runner) => {
      const migrations = new MigrationExecutor(ds, runner);
      migrations.transaction = 'all';
      return migrations.executePendingMigrations();
    });
  } catch (err) {
    await ds.destroy().catch(() => {});
    await embedded?.stop();
    throw err;
  }
  return { url, ds, embedded };
}
