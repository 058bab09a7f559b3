import type { RequestHandler } from 'express';
import type { Database } from './db/database.js';

/** A readiness probe answers within this, whatever the pool is doing. */
const READY_CHECK_MS = 2000;

/**
 * /healthz: whether this process should be kept. Only stopping makes it false: a database that
 * is away (restarting, or an external one down) is no reason to kill a process that recovers by
 * itself when it is back, and restarting every replica at once would not bring it back sooner.
 */
export function liveness(stopping: () => boolean): RequestHandler {
  return (_req, res) => {
    res.status(stopping() ? 503 : 200).json({ status: stopping() ? 'stopping' : 'ok' });
  };
}

/**
 * /readyz: whether to send this process traffic. Not while stopping, while the embedded
 * PostgreSQL is being restarted, while the database does not answer, or while migrations are pending.
 */
export function readiness(database: Database, stopping: () => boolean): RequestHandler {
  // Once this process's migrations are all applied they stay applied: the probe stops asking.
  const migrations = { applied: false };
  return async (_req, res) => {
    const status = await readinessOf(database, stopping, migrations);
    res.status(status === 'ready' ? 200 : 503).json({ status });
  };
}

async function readinessOf(
  database: Database,
  stopping: () => boolean,
  migrations: { applied: boolean },
): Promise<string> {
  if (stopping()) return 'stopping';
  if (database.embedded?.status().state === 'restarting') return 'database restarting';
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('database unreachable'), READY_CHECK_MS);
  });
  const check = (async () => {
    await database.ds.query('SELECT 1');
    migrations.applied ||= !(await database.ds.showMigrations());
    return migrations.applied ? 'ready' : 'migrations pending';
  })().catch(() => 'database unreachable');
  try {
    return await Promise.race([check, late]);
  } finally {
    clearTimeout(timer);
  }
}
