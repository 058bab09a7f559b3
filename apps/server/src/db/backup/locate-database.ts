import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.js';
import { DataFolderInUseError } from '../data-folder-lock.js';
import { PASSWORD_FILE, startEmbeddedPostgres } from '../embedded.js';
import { BackupRefusal } from './backup-refusal.js';

/** The database a backup reads or a restore fills, found from the configuration. */
export interface LocatedDatabase {
  url: string;
  /** For messages: which database this is, without its password. */
  description: string;
  /** What to do when a restore finds it not empty. */
  whenNotEmpty: string;
  /** Stops the embedded PostgreSQL if this command started it. */
  close(): Promise<void>;
}

// As db/embedded.ts makes them: its user, and the database the server uses.
const EMBEDDED_USER = 'gongbian';
const EMBEDDED_DATABASE = 'gongbian';

function external(url: string): LocatedDatabase {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1)) || '(default)';
  return {
    url,
    description: `database ${name} on ${u.host} (DATABASE_URL)`,
    whenNotEmpty: `Create a new database (for example: CREATE DATABASE ${name}_restored TEMPLATE template0) and point DATABASE_URL at it.`,
    close: async () => {},
  };
}

const movedAside = (dataDir: string) =>
  `Move the data folder ${dataDir} aside (or set GONGBIAN_DATA_DIR to a new folder) and restore again: a new folder gets a new, empty database.`;

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * The database to back up: DATABASE_URL's; else the embedded one of the data folder — the
 * running server's, reached on the port its postmaster.pid names with the folder's password
 * (operators back up a live system), or, when no server runs, started here as admin:create does.
 */
export async function locateForBackup(config: Config): Promise<LocatedDatabase> {
  if (config.databaseUrl) return external(config.databaseUrl);
  const { dataDir } = config;
  if (!(await exists(path.join(dataDir, 'pg', 'PG_VERSION'))))
    throw new BackupRefusal(
      `There is no database in the data folder ${dataDir} (GONGBIAN_DATA_DIR) to back up, and DATABASE_URL is not set.`,
    );
  try {
    const db = await startEmbeddedPostgres(dataDir);
    return { ...embedded(db.url, dataDir, 'started for this backup'), close: db.stop };
  } catch (err) {
    if (!(err instanceof DataFolderInUseError)) throw err;
    return embedded(await runningServerUrl(dataDir, err.pid), dataDir, `of the running server, pid ${err.pid}`);
  }
}

/**
 * The database to restore into: DATABASE_URL's; else the embedded one, which needs the server
 * stopped (the restore must be the only one writing, and the running server's database is not
 * empty anyway).
 */
export async function locateForRestore(config: Config): Promise<LocatedDatabase> {
  if (config.databaseUrl) return external(config.databaseUrl);
  const { dataDir } = config;
  try {
    const db = await startEmbeddedPostgres(dataDir);
    return { ...embedded(db.url, dataDir, 'started for this restore'), close: db.stop };
  } catch (err) {
    if (!(err instanceof DataFolderInUseError)) throw err;
    throw new BackupRefusal(
      `A Gongbian server (pid ${err.pid}) is running on the data folder ${dataDir}. Stop it first: a restore into the embedded database needs it to itself. ${movedAside(dataDir)}`,
    );
  }
}

function embedded(url: string, dataDir: string, how: string): LocatedDatabase {
  return {
    url,
    description: `the embedded database in ${dataDir} (${how})`,
    whenNotEmpty: movedAside(dataDir),
    close: async () => {},
  };
}

/**
 * The URL of the PostgreSQL a running server started on `dataDir`. Its postmaster.pid holds the
 * port on its fourth line (PostgreSQL's own layout); pg-password, the folder's password.
 */
async function runningServerUrl(dataDir: string, pid: number): Promise<string> {
  const pidFile = await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => null);
  const port = Number(pidFile?.split('\n')[3]);
  if (!Number.isInteger(port) || port <= 0)
    throw new BackupRefusal(
      `The Gongbian server (pid ${pid}) on ${dataDir} has no PostgreSQL running just now (starting, or restarting it); try again in a moment.`,
    );
  const password = (await fs.readFile(path.join(dataDir, PASSWORD_FILE), 'utf8')).trim();
  return `postgresql://${EMBEDDED_USER}:${password}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
}
