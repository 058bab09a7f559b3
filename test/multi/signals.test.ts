import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from '#test/support/process.js';
import { repoRoot } from '../../apps/server/src/config.js';
import { postgresProcessesIn } from '../../apps/server/src/db/postmaster.js';

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await fs.rm(folder, { recursive: true, force: true });
});

async function dataFolder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-data-'));
  await fs.chmod(dir, 0o755); // as root, PostgreSQL runs as a user of its own
  folders.push(dir);
  return dir;
}

async function until(what: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  for (const deadline = Date.now() + ms; !(await check()); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('signals to the server', () => {
  it('stops the embedded PostgreSQL when SIGTERM comes while it is still starting', async () => {
    const dataDir = await dataFolder();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: path.join(repoRoot, 'apps/server'),
      env: { ...process.env, PORT: '0', NODE_ENV: 'test', GONGBIAN_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // The database is up, the server not yet serving: before, the signal killed node and left it running.
    await until(
      'the embedded PostgreSQL',
      async () => (await postgresProcessesIn(path.join(dataDir, 'pg'))).length > 0,
    );
    expect(out).not.toContain('is running at');
    child.kill('SIGTERM');
    expect(await exited, out).toBe(0);
    expect(await postgresProcessesIn(path.join(dataDir, 'pg'))).toEqual([]);
  });

  it('takes a Ctrl-C that arrives twice at once (the terminal’s and pnpm’s) as one, and stops cleanly', async () => {
    const dataDir = await dataFolder();
    const server = await spawnServer({ GONGBIAN_DATA_DIR: dataDir });
    server.child.kill('SIGINT');
    server.child.kill('SIGINT');
    expect(await server.stop(), server.output()).toBe(0);
    expect(server.output()).not.toContain('again: stopping at once');
    expect(await postgresProcessesIn(path.join(dataDir, 'pg'))).toEqual([]);
  });
});
