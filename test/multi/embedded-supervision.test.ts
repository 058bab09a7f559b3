import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { login, ok, present } from '#test/support/client.js';
import { ProgrammeMilestonesDocument, SetMilestoneStatusDocument } from '#test/support/generated/graphql.js';
import { type ServerProcess, spawnServer } from '#test/support/process.js';
import { LOCK_FILE } from '../../apps/server/src/db/data-folder-lock.js';
import { isAlive } from '../../apps/server/src/db/process-info.js';

const running: ServerProcess[] = [];
const folders: string[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  for (const folder of folders) await fs.rm(folder, { recursive: true, force: true });
});

async function start(env: Record<string, string>) {
  const s = await spawnServer(env);
  running.push(s);
  return s;
}

async function dataFolder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-data-'));
  // As root the package runs PostgreSQL as a user of its own, which must reach the folder.
  await fs.chmod(dir, 0o755);
  folders.push(dir);
  return dir;
}

const postmasterPid = async (dataDir: string) =>
  Number.parseInt((await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0] ?? '', 10);

async function programme(url: string) {
  const token = await login(url, 'working@gongbian.test', 'gongbian');
  const data = await ok(url, ProgrammeMilestonesDocument, {}, token);
  return { token, milestone: present(data.programs[0]?.phases[3]?.milestones[0], 'a milestone in the fourth phase') };
}

describe('the embedded database, supervised', () => {
  it('starts again on a folder whose server was killed with -9, stopping the postmaster it left running', async () => {
    const dataDir = await dataFolder();
    const first = await start({ GONGBIAN_DATA_DIR: dataDir });
    const { token, milestone } = await programme(first.url);
    await ok(first.url, SetMilestoneStatusDocument, { id: milestone.id, s: 'BLOCKED' }, token);
    const orphan = await postmasterPid(dataDir);

    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await exited;
    // The server is gone; its PostgreSQL is not, and the folder's lock still names the dead server.
    expect(await isAlive(orphan)).toBe(true);
    expect(await fs.readFile(path.join(dataDir, LOCK_FILE), 'utf8')).toContain(`"pid":${first.child.pid}`);

    const second = await start({ GONGBIAN_DATA_DIR: dataDir });
    expect(second.output()).toContain(`Stopped the PostgreSQL (pid ${orphan})`);
    expect(await isAlive(orphan)).toBe(false);
    expect(await postmasterPid(dataDir)).not.toBe(orphan);
    const again = await programme(second.url);
    expect(again.milestone).toEqual({ id: milestone.id, status: 'BLOCKED' });
    expect(await second.stop(), second.output()).toBe(0);
    // A clean stop releases the folder.
    await expect(fs.stat(path.join(dataDir, LOCK_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a second server on a folder in use, naming the first, which keeps serving', async () => {
    const dataDir = await dataFolder();
    const first = await start({ GONGBIAN_DATA_DIR: dataDir });
    const postmaster = await postmasterPid(dataDir);

    const refused = await spawnServer({ GONGBIAN_DATA_DIR: dataDir }).then(
      (s) => {
        running.push(s);
        return 'started';
      },
      (err: Error) => err.message,
    );
    expect(refused).toContain(`Another Gongbian server (pid ${first.child.pid}) is using the data folder ${dataDir}`);
    expect(refused).toContain('GONGBIAN_DATA_DIR');

    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    const { milestone } = await programme(first.url);
    expect(milestone.id).toBeTruthy();
    expect(await postmasterPid(dataDir)).toBe(postmaster);
    expect(await isAlive(postmaster)).toBe(true);
    expect(await first.stop(), first.output()).toBe(0);
  });
});
