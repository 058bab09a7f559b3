import type pg from 'pg';
import { BackupRefusal } from './backup-refusal.js';

/**
 * What backup and restore read of a database's schema, from PostgreSQL's own catalog, so that a
 * table or sequence a new migration adds is included without anyone listing it. Everything is in
 * the session's current schema (public, unless DATABASE_URL's search_path says otherwise), where
 * TypeORM's migrations put it.
 */

type Client = Pick<pg.ClientBase, 'query'>;

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export interface TableInfo {
  name: string;
  /** The columns a COPY carries: not dropped, not generated (PostgreSQL computes those). */
  columns: string[];
  /** Triggers of its own (not foreign-key checks): restore turns them off while it loads. */
  hasUserTriggers: boolean;
}

export async function currentSchema(client: Client): Promise<string> {
  const { rows } = await client.query<{ schema: string | null }>('SELECT current_schema() AS schema');
  const schema = rows[0]?.schema;
  if (!schema) throw new BackupRefusal('The database session has no current schema (search_path is empty).');
  return schema;
}

/** The schema's ordinary tables, by name. */
export async function readTables(client: Client, schema: string): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; has_user_triggers: boolean }>(
    `SELECT c.relname AS name,
            array(SELECT a.attname::text FROM pg_attribute a
                   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                   ORDER BY a.attnum) AS columns,
            EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal) AS has_user_triggers
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'r'
      ORDER BY c.relname`,
    [schema],
  );
  return rows.map((r) => ({ name: r.name, columns: r.columns, hasUserTriggers: r.has_user_triggers }));
}

/** Every relation of the schema (tables, views, sequences …): what makes a database not empty. */
export async function readRelationNames(client: Client, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') ORDER BY c.relname`,
    [schema],
  );
  return rows.map((r) => r.name);
}

export interface ForeignKey {
  /** The table holding the reference… */
  from: string;
  /** …to a row of this one, which must be loaded first. */
  to: string;
}

export async function readForeignKeys(client: Client, schema: string): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT DISTINCT child.relname AS "from", parent.relname AS "to"
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE k.contype = 'f' AND n.nspname = $1 AND parent.relnamespace = child.relnamespace`,
    [schema],
  );
  return rows;
}

/**
 * The tables in an order where every table comes after the tables it references (alphabetical
 * among equals, so two backups of one schema list tables alike). A table referring to itself
 * needs no order: its rows arrive in one COPY, and foreign keys are checked at its end.
 */
export function dependencyOrder(tables: string[], keys: ForeignKey[]): string[] {
  const known = new Set(tables);
  const waitingOn = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const k of keys) {
    if (k.from !== k.to && known.has(k.from) && known.has(k.to)) waitingOn.get(k.from)?.add(k.to);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && [...(waitingOn.get(t) ?? [])].every((p) => placed.has(p)));
    if (!ready.length) {
      const cycle = tables.filter((t) => !placed.has(t));
      throw new BackupRefusal(
        `The foreign keys between ${cycle.join(', ')} form a cycle, so no load order satisfies them; this backup cannot handle such a schema.`,
      );
    }
    const next = ready.sort()[0] as string;
    order.push(next);
    placed.add(next);
  }
  return order;
}

/** Where a load in `order` would insert a row before the row it references; null when none. */
export function orderProblem(order: string[], keys: ForeignKey[]): string | null {
  const at = new Map(order.map((t, i) => [t, i]));
  for (const k of keys) {
    const from = at.get(k.from);
    const to = at.get(k.to);
    if (from !== undefined && to !== undefined && from < to) return `${k.from} refers to ${k.to}, which comes later`;
  }
  return null;
}

export interface SequenceValue {
  name: string;
  /** As text: a bigint may exceed what a JSON number holds exactly. */
  lastValue: string;
  /** False for a sequence never used: its next value is lastValue itself. */
  isCalled: boolean;
}

/** Every sequence of the schema, identity columns' included. */
export async function readSequenceNames(client: Client, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'S' ORDER BY c.relname`,
    [schema],
  );
  return rows.map((r) => r.name);
}

/**
 * A sequence's state. Sequences stand outside transactions, so this may be ahead of the
 * snapshot's rows, never behind them: restored, new ids still come after every backed-up one.
 */
export async function readSequence(client: Client, schema: string, name: string): Promise<SequenceValue> {
  const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
    `SELECT last_value::text AS last_value, is_called FROM ${quoteIdent(schema)}.${quoteIdent(name)}`,
  );
  const row = rows[0] as { last_value: string; is_called: boolean };
  return { name, lastValue: row.last_value, isCalled: row.is_called };
}

export interface TransactionIdColumn {
  table: string;
  column: string;
  /** The highest transaction id (xid8, as text) it holds; null when the table is empty. */
  highest: string | null;
}

/**
 * Columns of type xid8 and their highest value. They hold transaction ids of the cluster the
 * backup came from (the event log's `txid`); restore moves a cluster whose counter is behind past
 * them, so a new transaction never takes an id a restored row already has.
 */
export async function readTransactionIdColumns(client: Client, schema: string): Promise<TransactionIdColumn[]> {
  const { rows } = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS "table", a.attname AS "column"
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'r' AND a.atttypid = 'xid8'::regtype AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY 1, 2`,
    [schema],
  );
  const columns: TransactionIdColumn[] = [];
  for (const { table, column } of rows) {
    // ORDER BY, not max(): xid8 has btree ordering from PostgreSQL 13, its max() only from 14.
    const { rows: top } = await client.query<{ highest: string }>(
      `SELECT ${quoteIdent(column)}::text AS highest FROM ${quoteIdent(schema)}.${quoteIdent(table)}
        ORDER BY ${quoteIdent(column)} DESC LIMIT 1`,
    );
    columns.push({ table, column, highest: top[0]?.highest ?? null });
  }
  return columns;
}

/** The names of the migrations applied, in the order TypeORM applied them (its `migrations` table). */
export async function readAppliedMigrations(client: Client, schema: string): Promise<string[] | null> {
  const { rows: exists } = await client.query(
    `SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = 'migrations' AND c.relkind = 'r'`,
    [schema],
  );
  if (!exists.length) return null;
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM ${quoteIdent(schema)}.migrations ORDER BY id`,
  );
  return rows.map((r) => r.name);
}
