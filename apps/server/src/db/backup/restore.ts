import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type DataSource, MigrationExecutor, type QueryRunner } from 'typeorm';
import { createDataSource } from '../data-source.js';
import { withStartupLock } from '../database.js';
import { postgresVersionProblem } from '../postgres-version.js';
import { type BackupHeader, type BackupPart, COPY_SETTINGS, openBackup } from './backup-file.js';
import { BackupRefusal } from './backup-refusal.js';
import {
  currentSchema,
  orderProblem,
  quoteIdent,
  readForeignKeys,
  readRelationNames,
  readSequenceNames,
  readTables,
  type TableInfo,
} from './catalog.js';
import { count, type Progress } from './progress.js';
import { advanceTransactionCounter } from './transaction-counter.js';

export interface RestoreSummary {
  tables: number;
  rows: number;
  seconds: number;
  /** The backup's last migration: the schema version its rows were loaded at. */
  migration: string;
  /** This code's migrations the backup did not have, run after the rows were loaded. */
  newerMigrations: string[];
  transactionsUsed: bigint;
}

export interface RestoreOptions {
  /** What to do instead when the database is not empty, in words for the person restoring. */
  whenNotEmpty: string;
}

/** Runs this code's migrations on the caller's transaction, only those named in `only` when given. */
class MigrationsThrough extends MigrationExecutor {
  constructor(
    ds: DataSource,
    runner: QueryRunner,
    private readonly only: ReadonlySet<string> | null,
  ) {
    super(ds, runner);
    this.transaction = 'none';
  }

  protected override getMigrations() {
    return super.getMigrations().filter((m) => !this.only || this.only.has(m.name));
  }
}

/**
 * Fills an EMPTY database at `url` from a backup file, all or nothing:
 *
 * 1. The whole file is read once first: a damaged or truncated one is refused before anything
 *    happens. So is a backup with migrations this code does not know (a newer version made it).
 * 2. In one transaction: this code's migrations build the schema exactly at the backup's migration
 *    list; the rows are loaded by COPY in the file's order (parents before the tables referring to
 *    them; checked against this database's foreign keys); every sequence is set to its backed-up
 *    value, so new ids continue after the old ones. When this code has newer migrations, they run
 *    last, on the restored rows, as an upgrade of the old version would run them.
 *
 * Rows a migration itself wrote (TypeORM's own tables, event_horizon's row) are replaced by the
 * backup's. Triggers of the tables' own (not foreign-key checks) are off while rows load: the rows
 * already are what those triggers made, and the event log's commit-order trigger must not number
 * restored events again. Turning them off needs only ownership of the tables, which the restoring
 * role has, having just created them: no superuser (session_replication_role) is needed.
 *
 * The event log's rows carry transaction ids of the backed-up cluster; a cluster that is behind
 * has its counter moved past them first (see advanceTransactionCounter).
 */
export async function restoreDatabase(
  url: string,
  file: string,
  progress: Progress,
  options: RestoreOptions,
): Promise<RestoreSummary> {
  const started = performance.now();
  progress(`Checking ${file}…`);
  const header = await verify(file);
  const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  const migration = header.migrations.at(-1) ?? '(none)';
  progress(
    `  a backup of database ${header.database} (PostgreSQL ${header.postgres.version}) made ${header.createdAt}: ${count(header.tables.length)} tables, ${count(rows)} rows, migration ${migration}`,
  );

  const ds = createDataSource(url, { poolSize: 1 });
  await ds.initialize();
  try {
    const known = ds.migrations.map((m) => m.name ?? m.constructor.name);
    const unknown = header.migrations.filter((name) => !known.includes(name));
    if (unknown.length)
      throw new BackupRefusal(
        `This backup was made by a newer version of Gongbian: its database has migrations this version does not know (${unknown.join(', ')}). Restore it with that version or a later one; nothing was restored.`,
      );
    const newerMigrations = known.filter((name) => !header.migrations.includes(name));

    const transactionsUsed = await withStartupLock(ds, async (runner) => {
      const client = rawClient(runner);
      const [server] = (
        await client.query<{ num: string; version: string }>(
          `SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version`,
        )
      ).rows;
      const tooOld = postgresVersionProblem(Number(server?.num), server?.version ?? 'unknown');
      if (tooOld) throw new BackupRefusal(tooOld);
      await assertEmpty(client, options);
      const highest = header.transactionIds.reduce<bigint | null>((top, c) => {
        const value = c.highest === null ? null : BigInt(c.highest);
        return value !== null && (top === null || value > top) ? value : top;
      }, null);
      const used = highest === null ? 0n : await advanceTransactionCounter(url, highest, progress);
      await runner.startTransaction();
      try {
        await load(ds, runner, file, header, progress);
        if (newerMigrations.length) {
          progress(`Running the ${newerMigrations.length} migrations this version has beyond the backup's…`);
          await new MigrationsThrough(ds, runner, null).executePendingMigrations();
        }
        await runner.commitTransaction();
      } catch (err) {
        await runner.rollbackTransaction().catch(() => {});
        throw err;
      }
      return used;
    });
    // Fresh planner statistics, as after any bulk load (tables of other owners are skipped).
    await ds.query('ANALYZE');
    return {
      tables: header.tables.length,
      rows,
      seconds: (performance.now() - started) / 1000,
      migration,
      newerMigrations,
      transactionsUsed,
    };
  } finally {
    await ds.destroy();
  }
}

/** Reads the whole file, checking what openBackup checks; returns its header. */
async function verify(file: string): Promise<BackupHeader> {
  const { header, parts } = await openBackup(file);
  for await (const _ of parts) {
    // Only reading to the end proves the file whole.
  }
  return header;
}

/** The pg connection under a TypeORM query runner: COPY streams need it. */
function rawClient(runner: QueryRunner): pg.ClientBase {
  return (runner as unknown as { databaseConnection: pg.ClientBase }).databaseConnection;
}

async function assertEmpty(client: pg.ClientBase, options: RestoreOptions): Promise<void> {
  const schema = await currentSchema(client);
  const relations = await readRelationNames(client, schema);
  if (!relations.length) return;
  const [db] = (await client.query<{ name: string }>('SELECT current_database() AS name')).rows;
  const some = relations.slice(0, 4).join(', ') + (relations.length > 4 ? ', …' : '');
  throw new BackupRefusal(
    `The database ${db?.name} is not empty (schema ${schema} has ${relations.length} tables, views or sequences: ${some}). A restore only fills an empty database, so that nothing in it is overwritten or mixed with the backup's rows. ${options.whenNotEmpty} Nothing was changed.`,
  );
}

async function load(
  ds: DataSource,
  runner: QueryRunner,
  file: string,
  header: BackupHeader,
  progress: Progress,
): Promise<void> {
  const client = rawClient(runner);
  for (const [name, value] of Object.entries(COPY_SETTINGS)) {
    await client.query('SELECT set_config($1, $2, true)', [name, value]);
  }

  progress(`Creating the schema at the backup's migration (${header.migrations.length} migrations)…`);
  await new MigrationsThrough(ds, runner, new Set(header.migrations)).executePendingMigrations();

  const schema = await currentSchema(client);
  const tables = new Map((await readTables(client, schema)).map((t) => [t.name, t]));
  assertSameSchema(header, tables, new Set(await readSequenceNames(client, schema)));
  const misordered = orderProblem(
    header.tables.map((t) => t.name),
    await readForeignKeys(client, schema),
  );
  if (misordered)
    throw new BackupRefusal(`The backup's tables are not in an order this schema can load: ${misordered}.`);
  const qualified = (table: string) => `${quoteIdent(schema)}.${quoteIdent(table)}`;

  const written: string[] = [];
  for (const { name } of [...header.tables].reverse()) {
    const { rows } = await client.query(`SELECT 1 FROM ${qualified(name)} LIMIT 1`);
    if (!rows.length) continue;
    written.push(name);
    await client.query(`DELETE FROM ${qualified(name)}`);
  }
  if (written.length) progress(`  (the backup's rows replace those the migrations wrote in ${written.join(', ')})`);

  const triggered = header.tables.filter((t) => tables.get(t.name)?.hasUserTriggers).map((t) => t.name);
  for (const name of triggered) await client.query(`ALTER TABLE ${qualified(name)} DISABLE TRIGGER USER`);

  progress('Loading rows…');
  const { parts } = await openBackup(file);
  for (let next = await parts.next(); !next.done; next = await parts.next()) {
    const part = next.value;
    if (part.kind !== 'table') throw new Error(`expected a table in ${file}, read ${part.kind}`);
    const columns = part.columns.map(quoteIdent).join(', ');
    const copy = client.query(copyFrom(`COPY ${qualified(part.name)} (${columns}) FROM STDIN`));
    await pipeline(Readable.from(rowsOf(parts)), copy);
    if (copy.rowCount !== part.rows)
      throw new Error(`table ${part.name} took ${copy.rowCount} rows of the backup's ${part.rows}`);
    progress(`  ${part.name.padEnd(24)} ${count(part.rows).padStart(12)} rows`);
  }

  await client.query('SET CONSTRAINTS ALL IMMEDIATE');
  for (const name of triggered) await client.query(`ALTER TABLE ${qualified(name)} ENABLE TRIGGER USER`);
  for (const s of header.sequences) {
    await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [qualified(s.name), s.lastValue, s.isCalled]);
  }
}

/** One table's rows from the parts, up to its end (leaving the parts at the next table). */
async function* rowsOf(parts: AsyncGenerator<BackupPart>): AsyncGenerator<Buffer> {
  for (;;) {
    const next = await parts.next();
    if (next.done || next.value.kind === 'table') throw new Error('a table of the backup did not end');
    if (next.value.kind === 'tableEnd') return;
    yield next.value.data;
  }
}

/** The backup's tables, columns and sequences, as this code's migrations made them here. */
function assertSameSchema(header: BackupHeader, tables: Map<string, TableInfo>, sequences: Set<string>): void {
  for (const t of header.tables) {
    const here = tables.get(t.name);
    if (!here)
      throw new BackupRefusal(
        `The backup has a table ${t.name} that the migrations it lists do not create: its database's schema was changed by hand. Nothing was restored.`,
      );
    const theirs = [...t.columns].sort().join(', ');
    const ours = [...here.columns].sort().join(', ');
    if (theirs !== ours)
      throw new BackupRefusal(
        `The backup's table ${t.name} has the columns (${theirs}), but the migrations it lists make (${ours}): its database's schema was changed by hand. Nothing was restored.`,
      );
  }
  for (const s of header.sequences) {
    if (!sequences.has(s.name))
      throw new BackupRefusal(
        `The backup has a sequence ${s.name} that the migrations it lists do not create: its database's schema was changed by hand. Nothing was restored.`,
      );
  }
}
