import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFolderInUseError, LOCK_FILE, lockDataFolder } from './data-folder-lock.js';
import { clearStalePostmaster } from './postmaster.js';

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await fs.rm(folder, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-lock-'));
  folders.push(dir);
  return dir;
}

/** A pid no process has: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid as number;
}

/** A live process that is neither Node nor PostgreSQL, as a reused pid would be. */
async function otherProgram() {
  const child = spawn('sleep', ['30']);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child;
}

const holder = (pid: number) => `${JSON.stringify({ pid, startedAt: new Date().toISOString() })}\n`;

describe('the data folder lock', () => {
  it('refuses while a live server holds it, naming its pid, and is free again once released', async () => {
    const dir = await folder();
    const lock = await lockDataFolder(dir);
    const second = await lockDataFolder(dir).catch((err: unknown) => err);
    expect(second).toBeInstanceOf(DataFolderInUseError);
    expect((second as Error).message).toBe(
      `Another Gongbian server (pid ${process.pid}) is using the data folder ${dir}; stop it first or set GONGBIAN_DATA_DIR to another folder.`,
    );
    await lock.release();
    await expect(fs.stat(path.join(dir, LOCK_FILE))).rejects.toThrow(/ENOENT/);
    await (await lockDataFolder(dir)).release();
  });

  it('takes over a lock whose server died, or whose pid now belongs to another program', async () => {
    const dir = await folder();
    const file = path.join(dir, LOCK_FILE);
    await fs.writeFile(file, holder(await deadPid()));
    const lock = await lockDataFolder(dir);
    expect(JSON.parse(await fs.readFile(file, 'utf8')).pid).toBe(process.pid);
    await lock.release();

    const sleeper = await otherProgram();
    try {
      await fs.writeFile(file, holder(sleeper.pid as number));
      await (await lockDataFolder(dir)).release();
    } finally {
      sleeper.kill();
    }
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('leaves a lock that is no longer its own in place on release', async () => {
    const dir = await folder();
    const lock = await lockDataFolder(dir);
    await fs.writeFile(path.join(dir, LOCK_FILE), holder(1));
    await lock.release();
    expect(JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(1);
  });
});

describe('a stale postmaster.pid', () => {
  it('is removed when its process is gone, or is a program other than this folder’s postgres', async () => {
    const pgData = await folder();
    const file = path.join(pgData, 'postmaster.pid');
    await fs.writeFile(file, `${await deadPid()}\n${pgData}\n`);
    expect(await clearStalePostmaster(pgData)).toBeNull();
    await expect(fs.stat(file)).rejects.toThrow(/ENOENT/);

    const sleeper = await otherProgram();
    try {
      await fs.writeFile(file, `${sleeper.pid}\n${pgData}\n`);
      expect(await clearStalePostmaster(pgData)).toBeNull();
      await expect(fs.stat(file)).rejects.toThrow(/ENOENT/);
      // Only a postgres of this folder is ever signalled.
      expect(sleeper.exitCode).toBeNull();
      expect(sleeper.signalCode).toBeNull();
    } finally {
      sleeper.kill();
    }
  });
});
