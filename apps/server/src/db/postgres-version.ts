import type { DataSource } from 'typeorm';
import { StartupError } from './startup-error.js';

/**
 * The oldest PostgreSQL the server runs on, as `server_version_num`: 13, for the `xid8` type and
 * `pg_current_xact_id()` that tie each event to its commit (event_commit).
 */
export const MIN_POSTGRES_VERSION_NUM = 130000;
export const MIN_POSTGRES_VERSION = 'PostgreSQL 13';

/** Why a server of this `server_version_num` (and `server_version` text) will not do; null when it will. */
export function postgresVersionProblem(versionNum: number, version: string): string | null {
  if (Number.isInteger(versionNum) && versionNum >= MIN_POSTGRES_VERSION_NUM) return null;
  return `${MIN_POSTGRES_VERSION} or later is required (xid8, pg_current_xact_id); this server is ${version}.`;
}

/** Stops start-up, with a message saying so, on a PostgreSQL older than the floor. */
export async function assertPostgresVersion(ds: DataSource): Promise<void> {
  const [row] = (await ds.query(
    "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version",
  )) as { num: string; version: string }[];
  const problem = postgresVersionProblem(Number(row?.num), row?.version ?? 'unknown');
  if (problem) throw new StartupError(problem);
}
