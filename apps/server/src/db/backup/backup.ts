import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { postgresVersionProblem } from '../postgres-version.js';
import { type BackupHeader, COPY_SETTINGS, FORMAT_VERSION, type TableSection, writeBackupFile } from './backup-file.js';
import { BackupRefusal } from './backup-refusal.js';
import {
  currentSchema,
  dependencyOrder,
  quoteIdent,
  readAppliedMigrations,
  readForeignKeys,
  readSequence,
  readSequenceNames,
  readTables,
  readTransactionIdColumns,
} from './catalog.js';
import { count, type Progress } from './progress.js';

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
  bytes: number;
  seconds: number;
  migration: string;
}

/**
 * Writes one consistent snapshot of the database at `url` to `file`, with no pg_dump (whose
 * version must match the server's, which an embedded PostgreSQL 18 does not ship).
 *
 * Everything is read in one REPEATABLE READ, READ ONLY transaction, so every table is as it was at
 * one instant. Such a transaction takes no transaction id, so it does not hold back the event
 * log's readers nor any other session; the server may keep running and writing. Tables are
 * locked in ACCESS SHARE mode, which only keeps a migration from changing them mid-backup.
 */
export async function backupDatabase(url: string, file: string, progress: Progress): Promise<BackupSummary> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url, application_name: 'gongbian-backup' });
  client.on('error', () => {});
  await client.connect();
  try {
    for (const [name, value] of Object.entries({
      ...COPY_SETTINGS,
      statement_timeout: '0',
      idle_in_transaction_session_timeout: '0',
    })) {
      await client.query('SELECT set_config($1, $2, false)', [name, value]);
    }
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const header = await readHeader(client);
    const at = header.migrations.at(-1) ?? '(none)';
    progress(
      `Backing up ${count(header.tables.length)} tables of database ${header.database} (PostgreSQL ${header.postgres.version}, migration ${at}) to ${file}`,
    );
    const schema = quoteIdent(header.schema);
    const sections: TableSection[] = header.tables.map((table) => ({
      name: table.name,
      rows: async function* () {
        const columns = table.columns.map(quoteIdent).join(', ');
        const stream = client.query(copyTo(`COPY ${schema}.${quoteIdent(table.name)} (${columns}) TO STDOUT`));
        yield* stream as AsyncIterable<Buffer>;
        if (stream.rowCount !== table.rows)
          throw new Error(
            `table ${table.name} gave ${stream.rowCount} rows, counted ${table.rows} in the same snapshot`,
          );
        progress(`  ${table.name.padEnd(24)} ${count(table.rows).padStart(12)} rows`);
      },
    }));
    const bytes = await writeBackupFile(file, header, sections);
    await client.query('COMMIT');
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    return {
      file,
      tables: header.tables.length,
      rows,
      bytes,
      seconds: (performance.now() - started) / 1000,
      migration: at,
    };
  } finally {
    await client.end().catch(() => {});
  }
}

async function readHeader(client: pg.Client): Promise<BackupHeader> {
  const schema = await currentSchema(client);
  const migrations = await readAppliedMigrations(client, schema);
  const [db] = (
    await client.query<{ database: string; version: string; num: string }>(
      `SELECT current_database() AS database, current_setting('server_version') AS version,
              current_setting('server_version_num') AS num`,
    )
  ).rows as { database: string; version: string; num: string }[];
  const { database, version, num } = db as { database: string; version: string; num: string };
  if (!migrations)
    throw new BackupRefusal(
      `The database ${database} has no migrations table in schema ${schema}: it is not a Gongbian database (or DATABASE_URL points at the wrong one).`,
    );
  const problem = postgresVersionProblem(Number(num), version);
  if (problem) throw new BackupRefusal(problem);

  const tables = await readTables(client, schema);
  const byName = new Map(tables.map((t) => [t.name, t]));
  // Before anything is read: a migration starting now waits for the backup, not the reverse.
  if (tables.length)
    await client.query(
      `LOCK TABLE ${tables.map((t) => `${quoteIdent(schema)}.${quoteIdent(t.name)}`).join(', ')} IN ACCESS SHARE MODE`,
    );
  const order = dependencyOrder(
    tables.map((t) => t.name),
    await readForeignKeys(client, schema),
  );
  const counted: BackupHeader['tables'] = [];
  for (const name of order) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM ${quoteIdent(schema)}.${quoteIdent(name)}`,
    );
    counted.push({ name, columns: byName.get(name)?.columns ?? [], rows: Number(rows[0]?.n ?? 0) });
  }
  const sequences = [];
  for (const name of await readSequenceNames(client, schema)) sequences.push(await readSequence(client, schema, name));
  return {
    format: FORMAT_VERSION,
    app: 'gongbian',
    createdAt: new Date().toISOString(),
    postgres: { version, versionNum: Number(num) },
    database,
    schema,
    migrations,
    tables: counted,
    sequences,
    transactionIds: await readTransactionIdColumns(client, schema),
    settings: COPY_SETTINGS,
  };
}
