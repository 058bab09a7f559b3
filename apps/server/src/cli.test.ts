import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '#test/support/client.js';
import { createTestDatabase } from '#test/support/db.js';
import { startTestServer } from '#test/support/server.js';

const run = promisify(execFile);
const serverDir = path.resolve(import.meta.dirname, '..');

let db: { url: string; drop(): Promise<void> };
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

function adminCreate(email: string, password: string) {
  const child = run('pnpm', ['exec', 'tsx', 'src/cli.ts', 'admin:create', '--email', email, '--name', '王管理'], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: db.url },
  });
  child.child.stdin?.end(`${password}\n`);
  return child;
}

describe('without the demo', () => {
  it('says at start-up how to create the first administrator, who can then sign in', async () => {
    const lines: string[] = [];
    const { startApp } = await import('./app.js');
    const { readConfig } = await import('./config.js');
    const app = await startApp({ ...readConfig({ DATABASE_URL: db.url }), port: 0 }, { log: (l) => lines.push(l) });
    await app.stop();
    expect(lines.join('\n')).toContain('pnpm gongbian admin:create --email');

    const { stdout } = await adminCreate('Chief@Example.gov.cn', 'correct horse battery');
    expect(stdout).toContain('Administrator 王管理');
    const server = await startTestServer({ databaseUrl: db.url, demo: false });
    try {
      await expect(login(server.url, 'chief@example.gov.cn', 'correct horse battery')).resolves.toBeTruthy();
    } finally {
      await server.app.stop();
    }
  });

  it('refuses a short password and changes nothing', async () => {
    await expect(adminCreate('short@example.gov.cn', 'short')).rejects.toMatchObject({ code: 2 });
  });
});

describe('pnpm gongbian', () => {
  it('exits with the command’s own code, 2 for a wrong invocation, as scripts that run it rely on', async () => {
    const repo = path.resolve(serverDir, '../..');
    await expect(run('pnpm', ['--silent', 'gongbian', 'restore'], { cwd: repo })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('pnpm gongbian restore FILE'),
    });
  });
});

describe('migrate', () => {
  it('brings an empty database to this version’s schema, and is a no-op the second time', async () => {
    const empty = await createTestDatabase({ empty: true });
    try {
      const migrate = () =>
        run('pnpm', ['exec', 'tsx', 'src/cli.ts', 'migrate'], {
          cwd: serverDir,
          env: { ...process.env, DATABASE_URL: empty.url },
        });
      const first = await migrate();
      const { migrations } = await import('./db/migrations/index.js');
      const Last = migrations.at(-1);
      const last = Last ? new Last().name : '';
      expect(first.stdout).toContain(`at migration ${last} (${migrations.length} applied)`);
      const second = await migrate();
      expect(second.stdout).toBe(first.stdout);
      const c = new pg.Client({ connectionString: empty.url });
      await c.connect();
      const [{ n }] = (await c.query(`SELECT count(*)::int AS n FROM event_commit`)).rows;
      await c.end();
      expect(n).toBe(0);
    } finally {
      await empty.drop();
    }
  });
});
