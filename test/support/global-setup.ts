import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../../apps/server/src/db/data-source.js';
import { startEmbeddedPostgres } from '../../apps/server/src/db/embedded.js';
import { configureLogging, type LogLevel } from '../../apps/server/src/log.js';

export const TEMPLATE = 'gongbian_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server to create test databases on (the embedded one, or DATABASE_URL's). */
    pgAdminUrl: string;
    /** A migrated database to copy (CREATE DATABASE … TEMPLATE). */
    pgTemplate: string;
  }
}

/**
 * One PostgreSQL for the run: the embedded one, or the server of DATABASE_URL. Migrations run
 * once into a template database; each test file copies it into a database of its own.
 */
export default async function setup(project: TestProject) {
  // The server's JSON lines (migrations, the embedded PostgreSQL) only when asked for.
  configureLogging({ level: (process.env.GONGBIAN_LOG_LEVEL as LogLevel | undefined) ?? 'silent' });
  let stopEmbedded: (() => Promise<void>) | null = null;
  let scratch: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-test-'));
    await fs.chmod(scratch, 0o755);
    const db = await startEmbeddedPostgres(scratch, 'postgres');
    adminUrl = db.url;
    stopEmbedded = db.stop;
  }
  const template = `${TEMPLATE}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  const ds = createDataSource(url.toString(), { poolSize: 1 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'all' });
  await ds.destroy();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`).catch(() => {});
    await admin.end();
    await stopEmbedded?.();
    if (scratch) await fs.rm(scratch, { recursive: true, force: true });
  };
}
