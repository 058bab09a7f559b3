import { execFile } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase } from '#test/support/db.js';

// Shared by the backup tests: the command line as a process, empty databases, database contents.

const serverDir = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(serverDir, 'node_modules/.bin/tsx');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `pnpm gongbian <args>` as an operator runs it: the CLI under tsx, a process of its own. */
export function cli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, ['src/cli.ts', ...args], { cwd: serverDir, env, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The CLI on the database of `databaseUrl`. */
export const gongbian = (databaseUrl: string, ...args: string[]) =>
  cli(args, { ...process.env, DATABASE_URL: databaseUrl });

/** A new, empty database (no schema at all) on the test PostgreSQL. */
export const emptyDatabase = () => createTestDatabase({ empty: true });

export async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/**
 * Every table's rows, each row as PostgreSQL's text of it, sorted; and every sequence's state.
 * Found from the catalog, so a table added later is compared too.
 */
export async function contents(
  url: string,
): Promise<{ tables: Record<string, string[]>; sequences: Record<string, string> }> {
  return withClient(url, async (c) => {
    await c.query("SET TimeZone = 'UTC'");
    const tables: Record<string, string[]> = {};
    const { rows: names } = await c.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' ORDER BY 1`,
    );
    for (const { name } of names) {
      const { rows } = await c.query<{ r: string }>(`SELECT t::text AS r FROM "${name}" t ORDER BY 1`);
      tables[name] = rows.map((r) => r.r);
    }
    const sequences: Record<string, string> = {};
    const { rows: seqs } = await c.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'S'`,
    );
    for (const { name } of seqs) {
      const { rows } = await c.query(`SELECT last_value::text || '/' || is_called AS v FROM "${name}"`);
      sequences[name] = rows[0].v;
    }
    return { tables, sequences };
  });
}

export const relations = (url: string) =>
  withClient(url, async (c) => {
    const { rows } = await c.query(
      `SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'v', 'S')`,
    );
    return rows[0].n as number;
  });
